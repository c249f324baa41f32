package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.model.Workspace;
import dev.beads.json.Shapes;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bd status} (alias {@code stats}, as in Go bd v0.39.1 cmd/bd/status.go:35): workspace totals, and the JSONL's
 * git history of the last 24 hours ({@link GitActivity}) unless {@code --no-activity}.
 */
public final class StatsCommand extends BdSubcommand {
    public StatsCommand() {
        super("stats");
        model.aliases("status").description("Show issue database overview and statistics.");
    }

    // Go bd v0.39.1 cmd/bd/status.go:331-333.
    final Arg<Boolean> all =
            model.option("--all").description("Show all issues (the default).").flag();

    final Arg<Boolean> assigned = model.option("--assigned")
            .description("Count only the issues assigned to the actor.")
            .flag();

    final Arg<Boolean> noActivity = model.option("--no-activity")
            .description("Skip git activity tracking (faster).")
            .flag();

    @Override
    protected int execute() {
        Ports ports = reading();
        Statistics s =
                assigned.get() ? assignedTo(ports, actor()) : ports.queries().stats();
        Output out = out();
        GitActivity activity = noActivity.get() ? null : activity();
        if (json()) {
            out.json(Shapes.status(s, activity == null ? null : activity::write));
            return 0;
        }
        out.line();
        out.line(out.style().cyan("📊") + " Issue Database Status");
        out.line();
        out.line("Summary:");
        row(out, "Total Issues:", s.total());
        row(out, "Open:", s.open());
        row(out, "In Progress:", s.inProgress());
        row(out, "Blocked:", s.blocked());
        row(out, "Closed:", s.closed());
        if (s.deferred() > 0) {
            row(out, "Deferred:", s.deferred());
        }
        row(out, "Ready to Work:", s.ready());
        if (s.tombstones() > 0 || s.pinned() > 0 || s.epicsEligibleForClosure() > 0 || s.averageLeadTimeHours() > 0) {
            out.line();
            out.line("Extended:");
            if (s.tombstones() > 0) {
                out.line(String.format(Locale.ROOT, "  %-23s %d (tombstones)", "Deleted:", s.tombstones()));
            }
            if (s.pinned() > 0) {
                row(out, "Pinned:", s.pinned());
            }
            if (s.epicsEligibleForClosure() > 0) {
                row(out, "Epics Ready to Close:", s.epicsEligibleForClosure());
            }
            if (s.averageLeadTimeHours() > 0) {
                out.line(String.format(Locale.ROOT, "  %-23s %.1f hours", "Avg Lead Time:", s.averageLeadTimeHours()));
            }
        }
        if (activity != null) {
            activity.print(out);
        }
        out.line();
        out.line("For more details, use 'bd list' to see individual issues.");
        out.line();
        return 0;
    }

    /** The last 24 hours of the JSONL's git history (Go's window), or null when git cannot tell. */
    private GitActivity activity() {
        Workspace ws = session().workspace();
        return GitActivity.of(ws.root(), ws.jsonl(), 24, Instant.now()).orElse(null);
    }

    /**
     * Go bd's {@code --assigned} (status.go:263): counts by status of the actor's issues and their ready work; the
     * other figures stay 0.
     */
    static Statistics assignedTo(Ports ports, String actor) {
        List<Issue> issues =
                ports.queries().list(IssueFilter.builder().assignee(actor).build());
        int open = 0, inProgress = 0, blocked = 0, deferred = 0, closed = 0;
        for (Issue i : issues) {
            Status st = i.status();
            if (st.equals(Status.OPEN)) {
                open++;
            } else if (st.equals(Status.IN_PROGRESS)) {
                inProgress++;
            } else if (st.equals(Status.BLOCKED)) {
                blocked++;
            } else if (st.equals(Status.DEFERRED)) {
                deferred++;
            } else if (st.equals(Status.CLOSED)) {
                closed++;
            }
        }
        int ready = ports.queries()
                .ready(new WorkFilter(actor, false, null, Set.of(), Set.of(), Set.of(), null, 0))
                .size();
        return new Statistics(issues.size(), open, inProgress, blocked, closed, deferred, ready, 0, 0, 0, 0);
    }

    private static void row(Output out, String label, int value) {
        out.line(String.format(Locale.ROOT, "  %-23s %d", label, value));
    }
}
