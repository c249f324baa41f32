package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.List;

/** {@code bd reopen}: reopens closed issues. */
public final class ReopenCommand extends BdSubcommand {
    public ReopenCommand() {
        super("reopen");
        model.description("Reopen closed issues. Prints 'Reopened <id>'.");
    }

    final Arg<List<String>> ids = model.positional("0..*", "<id>").arity("1..*").strings();

    final Arg<String> reason = model.option("-r", "--reason")
            .label("<reason>")
            .description("Why (recorded as a comment).")
            .string();

    @Override
    protected int execute() {
        Ports ports = writing();
        List<Issue> reopened = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids.get())) {
            reopened.add(ports.issues().reopen(new ReopenIssue(id, reason.get(), actor())));
        }
        Output out = out();
        if (json()) {
            out.json(Shapes.issues(reopened));
        } else if (!out.quiet()) {
            reopened.forEach(i ->
                    out.line(out.style().green("↻") + " Reopened " + out.style().cyan(i.id().value())
                            + (reason.get() == null || reason.get().isBlank() ? "" : ": " + reason.get())));
        }
        return 0;
    }
}
