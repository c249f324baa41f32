package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.WorkFilter;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    // Go bd v0.39.1 cmd/bd/show.go:1561-1566.
    final Arg<String> resolution = model.option("--resolution")
            .label("<reason>")
            .description("Same as --reason.")
            .string();

    final Arg<Boolean> force = model.option("-f", "--force")
            .description("Accepted for Go bd (pinned issues close here without it).")
            .flag();

    final Arg<Boolean> continueFlag = model.option("--continue")
            .description("Accepted for Go bd (molecule steps, not in this build).")
            .flag();

    final Arg<Boolean> noAuto = model.option("--no-auto")
            .description("Accepted for Go bd (with --continue).")
            .flag();

    final Arg<Boolean> suggestNext = model.option("--suggest-next")
            .description("Show the issues this close unblocked.")
            .flag();

    @Override
    protected int execute() {
        Ports ports = writing();
        String given = reason.get() != null && !reason.get().isBlank() ? reason.get() : resolution.get();
        String why = given == null || given.isBlank() ? "Closed" : given;
        List<IssueId> targets = resolveAll(ports, ids.get());
        Set<IssueId> blockedBefore = suggestNext.get() && targets.size() == 1 ? blockedIds(ports) : null;
        List<CloseResult> results = new ArrayList<>();
        for (IssueId id : targets) {
            results.add(ports.issues().close(new CloseIssue(id, why, actor())));
        }
        List<Issue> unblocked = blockedBefore == null ? List.of() : nowReady(ports, blockedBefore);
        Output out = out();
        if (json()) {
            List<Issue> issues = results.stream().map(CloseResult::issue).toList();
            if (!unblocked.isEmpty()) {
                // Go bd v0.39.1 cmd/bd/show.go:1241: {"closed": [...], "unblocked": [...]} when any were unblocked.
                out.json(g -> {
                    g.writeStartObject();
                    g.writeFieldName("closed");
                    Shapes.issues(issues).write(g);
                    g.writeFieldName("unblocked");
                    Shapes.issues(unblocked).write(g);
                    g.writeEndObject();
                });
            } else {
                out.json(Shapes.issues(issues));
            }
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
        if (!unblocked.isEmpty()) {
            out.line();
            out.line("Newly unblocked:");
            for (Issue i : unblocked) {
                out.line("  • " + i.id().value() + " " + ListFormats.quote(i.title()) + " (P"
                        + i.priority().value() + ")");
            }
        }
        return 0;
    }

    private static Set<IssueId> blockedIds(Ports ports) {
        Set<IssueId> ids = new HashSet<>();
        for (BlockedIssue b : ports.queries().blocked(WorkFilter.ALL)) {
            ids.add(b.issue().id());
        }
        return ids;
    }

    /** The issues that were blocked before the close and are ready work now (Go's GetNewlyUnblockedByClose). */
    private static List<Issue> nowReady(Ports ports, Set<IssueId> blockedBefore) {
        List<Issue> ready = new ArrayList<>();
        for (Issue i : ports.queries().ready(WorkFilter.ALL)) {
            if (blockedBefore.contains(i.id())) {
                ready.add(i);
            }
        }
        return ready;
    }
}
