package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.core.model.Statistics;
import java.util.Locale;

/** {@code bd stats}: workspace totals. */
public final class StatsCommand extends BdSubcommand {
    public StatsCommand() {
        super("stats");
        model.description("Show issue statistics.");
    }

    @Override
    protected int execute() {
        Statistics s = reading().queries().stats();
        Output out = out();
        if (json()) {
            out.json(Shapes.statistics(s));
            return 0;
        }
        out.line();
        out.line(out.style().cyan("📊") + " Beads Statistics:");
        out.line();
        row(out, "Total Issues:", s.total());
        row(out, "Open:", s.open());
        row(out, "In Progress:", s.inProgress());
        row(out, "Blocked:", s.blocked());
        row(out, "Closed:", s.closed());
        if (s.deferred() > 0) {
            row(out, "Deferred:", s.deferred());
        }
        row(out, "Ready to Work:", s.ready());
        if (s.tombstones() > 0) {
            row(out, "Deleted:", s.tombstones());
        }
        if (s.epicsEligibleForClosure() > 0) {
            row(out, "Epics ready to close:", s.epicsEligibleForClosure());
        }
        if (s.averageLeadTimeHours() > 0) {
            out.line(String.format(Locale.ROOT, "%-22s %.1f hours", "Avg Lead Time:", s.averageLeadTimeHours()));
        }
        out.line();
        return 0;
    }

    private static void row(Output out, String label, int value) {
        out.line(String.format(Locale.ROOT, "%-22s %d", label, value));
    }
}
