package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Statistics;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code bd ready}: open work with no open blockers (beads ready semantics), best first. */
public final class ReadyCommand extends BdSubcommand {
    public ReadyCommand() {
        super("ready");
        model.description("Show ready work: open issues with no open blockers.");
    }

    final WorkOptions filters = new WorkOptions(model);

    final Arg<Integer> limit = model.option("-n", "--limit")
            .label("<n>")
            .description("At most n issues (default 10, 0: all).")
            .integer(10);

    // Go bd v0.39.1 cmd/bd/ready.go:422.
    final Arg<String> mol = model.option("--mol")
            .label("<id>")
            .description("Go bd's molecule steps; not in this build (use --parent).")
            .string();

    @Override
    protected int execute() {
        if (mol.get() != null) {
            throw new InvalidInputException("bd ready --mol: molecules are not part of this build; use bd ready"
                    + " --parent " + mol.get() + " for the ready work under that issue");
        }
        Ports ports = reading();
        List<Issue> ready = ready(ports);
        Output out = out();
        if (json()) {
            out.json(Shapes.issues(ready));
            return 0;
        }
        if (ready.isEmpty()) {
            Statistics stats = ports.queries().stats();
            out.line();
            out.line(
                    stats.open() + stats.inProgress() > 0
                            ? out.style().yellow("✨") + " No ready work found (all issues have blocking dependencies)"
                            : out.style().green("✨") + " No open issues");
            out.line();
            return 0;
        }
        render(out, ready);
        return 0;
    }

    /** Ready work; with {@code --parent}, only its descendants, the limit applied after that filter. */
    private List<Issue> ready(Ports ports) {
        Set<IssueId> under = filters.descendants(ports);
        if (under == null) {
            return ports.queries().ready(filters.toFilter(() -> ports, limit.get()));
        }
        List<Issue> all = ports.queries().ready(filters.toFilter(() -> ports, 0));
        List<Issue> kept = new ArrayList<>();
        for (Issue i : all) {
            if (under.contains(i.id()) && (limit.get() <= 0 || kept.size() < limit.get())) {
                kept.add(i);
            }
        }
        return kept;
    }

    static void render(Output out, List<Issue> ready) {
        out.line();
        out.line(out.style().cyan("📋") + " Ready work (" + ready.size() + " issues with no blockers):");
        out.line();
        int n = 1;
        for (Issue i : ready) {
            out.line(n++ + ". [" + i.priority() + "] [" + i.issueType().name() + "] "
                    + out.style().cyan(i.id().value()) + ": " + i.title());
            if (i.estimatedMinutes() != null) {
                out.line("   Estimate: " + i.estimatedMinutes() + " min");
            }
            if (!i.assignee().isEmpty()) {
                out.line("   Assignee: " + i.assignee());
            }
        }
        out.line();
    }
}
