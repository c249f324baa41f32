package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code bd delete}: turns issues into tombstones, so the deletion travels through git. Without {@code --force} it
 * only shows what would happen (Go bd's preview).
 */
public final class DeleteCommand extends BdSubcommand {
    public DeleteCommand() {
        super("delete");
        model.description("Delete issues (they become tombstones). Needs --force; --dry-run previews.");
    }

    final Arg<List<String>> ids = model.positional("0..*", "<id>").arity("1..*").strings();

    final Arg<Boolean> force =
            model.option("-f", "--force").description("Really delete.").flag();

    final Arg<Boolean> dryRun = model.option("--dry-run")
            .description("Show what would be deleted, change nothing.")
            .flag();

    final Arg<String> reason = model.option("-r", "--reason")
            .label("<reason>")
            .description("Why (kept in the tombstone).")
            .string();

    @Override
    protected int execute() {
        if (!force.get() || dryRun.get()) {
            return preview();
        }
        Ports ports = writing();
        List<DeleteResult> results = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids.get())) {
            results.add(ports.issues().delete(new DeleteIssue(id, reason.get(), actor())));
        }
        int unlinked = results.stream().mapToInt(r -> r.unlinked().size()).sum();
        int referencesUpdated =
                results.stream().mapToInt(r -> r.referencesUpdated().size()).sum();
        Output out = out();
        if (json()) {
            out.json(Shapes.object(result(results, unlinked, referencesUpdated)));
        } else if (!out.quiet()) {
            for (DeleteResult r : results) {
                out.line(out.style().green("✓") + " Deleted "
                        + out.style().cyan(r.tombstone().id().value()));
            }
            if (unlinked > 0) {
                out.line("  Removed " + unlinked + " dependency link(s) from other issues");
            }
            if (referencesUpdated > 0) {
                out.line("  Updated text references in " + referencesUpdated + " issue(s)");
            }
        }
        return 0;
    }

    /**
     * Go bd v0.39.1's results (maps, so sorted keys): one issue, delete.go:317; several, the batch's delete.go:543,
     * whose labels and events of the deleted issues are removed where ours stay on the tombstone (0 removed), and
     * whose {@code orphaned_issues} are the issues that depended on a deleted one (null when none, Go's nil slice).
     */
    static Map<String, Object> result(List<DeleteResult> results, int unlinked, int referencesUpdated) {
        if (results.size() == 1) {
            return Shapes.sorted(
                    "deleted", results.get(0).tombstone().id().value(),
                    "dependencies_removed", unlinked,
                    "references_updated", referencesUpdated);
        }
        List<String> deleted = new ArrayList<>();
        for (DeleteResult r : results) {
            deleted.add(r.tombstone().id().value());
        }
        Set<String> orphaned = new TreeSet<>();
        for (DeleteResult r : results) {
            for (IssueId id : r.unlinked()) {
                if (!deleted.contains(id.value())) {
                    orphaned.add(id.value());
                }
            }
        }
        return Shapes.sorted(
                "deleted",
                deleted,
                "deleted_count",
                results.size(),
                "dependencies_removed",
                unlinked,
                "labels_removed",
                0,
                "events_removed",
                0,
                "references_updated",
                referencesUpdated,
                "orphaned_issues",
                orphaned.isEmpty() ? null : List.copyOf(orphaned));
    }

    private int preview() {
        Ports ports = reading();
        List<IssueDetails> targets = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids.get())) {
            targets.add(ports.queries().show(id));
        }
        Output out = out();
        if (json()) {
            out.json(g -> {
                g.writeStartObject();
                g.writeBooleanField("dry_run", true);
                g.writeArrayFieldStart("would_delete");
                for (IssueDetails d : targets) {
                    g.writeString(d.issue().id().value());
                }
                g.writeEndArray();
                g.writeNumberField(
                        "dependencies_to_remove",
                        targets.stream().mapToInt(d -> d.dependents().size()).sum());
                g.writeEndObject();
            });
            return 0;
        }
        out.line(out.style().yellow("⚠ DELETE PREVIEW"));
        for (IssueDetails d : targets) {
            out.line("  " + out.style().cyan(d.issue().id().value()) + ": "
                    + d.issue().title());
            if (!d.dependents().isEmpty()) {
                out.line("    " + d.dependents().size() + " issue(s) depend on it; those links will be removed");
            }
        }
        if (!dryRun.get()) {
            out.line();
            out.line("To proceed, run: bd delete " + String.join(" ", ids.get()) + " --force");
        }
        return 0;
    }
}
