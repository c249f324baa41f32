package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Status;
import dev.beads.json.Shapes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code bd stale}: open work nobody touched for a while, oldest update first. */
public final class StaleCommand extends BdSubcommand {
    public StaleCommand() {
        super("stale");
        model.description("Show issues not updated for a number of days.");
    }

    final Arg<Integer> days = model.option("-d", "--days")
            .label("<days>")
            .description("Not updated for this many days (30).")
            .integer(30);

    final Arg<String> status = model.option("-s", "--status")
            .label("<status>")
            .description("Only this status (default: open, in_progress and blocked).")
            .string();

    final Arg<Integer> limit = model.option("-n", "--limit")
            .label("<n>")
            .description("At most n issues (default 50, 0: all).")
            .integer(50);

    @Override
    protected int execute() {
        if (days.get() < 1) {
            throw new InvalidInputException("--days must be 1 or more, got " + days.get());
        }
        if (limit.get() < 0) {
            throw new InvalidInputException("--limit must be 0 (no limit) or more, got " + limit.get());
        }
        Ports ports = reading();
        Status only = Inputs.status(status.get(), () -> ports);
        List<Issue> stale = ports.queries().stale(days.get(), only, limit.get());
        Output out = out();
        if (json()) {
            out.json(Shapes.rows(stale));
            return 0;
        }
        if (stale.isEmpty()) {
            out.line(out.style().green("✨") + " No stale issues found (all active issues updated within " + days.get()
                    + " days)");
            return 0;
        }
        out.line();
        out.line(out.style().yellow("⏰") + " Stale issues (" + stale.size() + " not updated in " + days.get()
                + "+ days):");
        out.line();
        OffsetDateTime now = OffsetDateTime.now();
        int n = 1;
        for (Issue i : stale) {
            long ago = Duration.between(i.updatedAt(), now).toDays();
            out.line(n++ + ". [" + i.priority() + "] " + out.style().cyan(i.id().value()) + ": " + i.title());
            out.line("   Status: " + i.status().name() + ", Last updated: " + IssueText.when(i.updatedAt()) + " (" + ago
                    + " days ago)");
            if (!i.assignee().isEmpty()) {
                out.line("   Assignee: " + i.assignee());
            }
        }
        out.line();
        return 0;
    }
}
