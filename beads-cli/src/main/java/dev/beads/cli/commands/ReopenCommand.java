package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd reopen}: reopens closed issues. */
@Command(name = "reopen", description = "Reopen closed issues. Prints 'Reopened <id>'.")
public final class ReopenCommand extends BdSubcommand {

    @Parameters(arity = "1..*", paramLabel = "<id>")
    List<String> ids;

    @Option(
            names = {"-r", "--reason"},
            paramLabel = "<reason>",
            description = "Why (recorded as a comment).")
    String reason;

    @Override
    protected int execute() {
        Ports ports = writing();
        List<Issue> reopened = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids)) {
            reopened.add(ports.issues().reopen(new ReopenIssue(id, reason, actor())));
        }
        Output out = out();
        if (json()) {
            out.json(Shapes.issues(reopened));
        } else if (!out.quiet()) {
            reopened.forEach(i -> out.line(out.style().green("↻") + " Reopened "
                    + out.style().cyan(i.id().value()) + (reason == null || reason.isBlank() ? "" : ": " + reason)));
        }
        return 0;
    }
}
