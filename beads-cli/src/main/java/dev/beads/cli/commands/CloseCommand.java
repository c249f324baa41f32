package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd close}: closes issues; closing a closed issue is not an error (as in Go bd). */
@Command(name = "close", description = "Close issues. Prints 'Closed <id>: <reason>'.")
public final class CloseCommand extends BdSubcommand {

    @Parameters(arity = "1..*", paramLabel = "<id>", description = "Issue ids (partial ids resolve).")
    List<String> ids;

    @Option(
            names = {"-r", "--reason"},
            paramLabel = "<reason>",
            description = "Why (default: Closed).")
    String reason;

    @Override
    protected int execute() {
        Ports ports = writing();
        String why = reason == null || reason.isBlank() ? "Closed" : reason;
        List<CloseResult> results = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids)) {
            results.add(ports.issues().close(new CloseIssue(id, why, actor())));
        }
        Output out = out();
        if (json()) {
            List<Issue> issues = results.stream().map(CloseResult::issue).toList();
            out.json(Shapes.issues(issues));
            return 0;
        }
        if (out.quiet()) {
            return 0;
        }
        for (CloseResult r : results) {
            String id = out.style().cyan(r.issue().id().value());
            switch (r) {
                case CloseResult.Closed c -> out.line(out.style().green("✓") + " Closed " + id + ": " + why);
                case CloseResult.AlreadyClosed a -> out.line("Issue " + id + " was already closed");
            }
        }
        return 0;
    }
}
