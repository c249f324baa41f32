package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;

/** {@code bd close}: closes issues; closing a closed issue is not an error (as in Go bd). */
public final class CloseCommand extends BdSubcommand {
    public CloseCommand() {
        super("close");
        model.description("Close issues. Prints 'Closed <id>: <reason>'.");
    }

    final Arg<List<String>> ids = model.positional("0..*", "<id>")
            .arity("1..*")
            .description("Issue ids (partial ids resolve).")
            .missing("no issue ID provided")
            .strings();

    final Arg<String> reason = model.option("-r", "--reason")
            .label("<reason>")
            .description("Why (default: Closed).")
            .string();

    @Override
    protected int execute() {
        Ports ports = writing();
        String why = reason.get() == null || reason.get().isBlank() ? "Closed" : reason.get();
        List<CloseResult> results = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids.get())) {
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
