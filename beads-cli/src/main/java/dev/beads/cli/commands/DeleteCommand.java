package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.json.Shapes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

    final Arg<List<String>> ids = model.positional("0..*", "<id>").arity("0..*").strings();

    // Go bd v0.39.1 cmd/bd/delete.go:687-690.
    final Arg<Path> fromFile = model.option("--from-file")
            .label("<file>")
            .description("Read issue ids from a file, one per line (# starts a comment).")
            .path();

    final Arg<Boolean> cascade = model.option("--cascade")
            .description("Also delete every issue that depends on these, recursively.")
            .flag();

    final Arg<Boolean> hard = model.option("--hard")
            .description("Go bd's delete without a tombstone; refused here (tombstones carry deletions through git).")
            .flag();

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
        if (hard.get()) {
            throw new InvalidInputException("bd delete --hard: not part of this build; a delete leaves a tombstone so"
                    + " that the deletion reaches every clone through git (run without --hard)");
        }
        List<String> given = given();
        if (!force.get() || dryRun.get()) {
            return preview(given);
        }
        Ports ports = writing();
        List<DeleteResult> results = new ArrayList<>();
        for (IssueId id : targets(ports, given)) {
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

    /** The ids from the arguments and {@code --from-file}. */
    private List<String> given() {
        List<String> all = new ArrayList<>(ids.get() == null ? List.of() : ids.get());
        if (fromFile.get() != null) {
            Path file = bd().env().cwd().resolve(fromFile.get());
            try {
                for (String line : Files.readAllLines(file)) {
                    String id = line.strip();
                    if (!id.isEmpty() && !id.startsWith("#")) {
                        all.add(id);
                    }
                }
            } catch (NoSuchFileException e) {
                throw new InvalidInputException("--from-file " + fromFile.get() + ": the file does not exist");
            } catch (IOException e) {
                throw new InvalidInputException(
                        "--from-file " + fromFile.get() + ": cannot read it: " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            throw new InvalidInputException("no issue IDs provided: bd delete <id>… --force (or --from-file <file>)");
        }
        return all;
    }

    /**
     * The resolved ids, and with {@code --cascade} every issue that depends on them, transitively. An unknown id is
     * in Go bd v0.39.1 delete.go:181's words ({@code issue X not found}; v0.49.6 testdata/delete_errors.txt).
     */
    private List<IssueId> targets(Ports ports, List<String> given) {
        List<IssueId> resolved = new ArrayList<>(given.size());
        for (String id : given) {
            try {
                resolved.add(resolve(ports, id));
            } catch (NotFoundException e) {
                throw new NotFoundException("issue " + id.strip() + " not found: check the id with bd list");
            }
        }
        if (!cascade.get()) {
            return resolved;
        }
        Map<IssueId, List<IssueId>> dependents = new HashMap<>();
        for (Issue issue : ports.queries().list(IssueFilter.ALL)) {
            for (Dependency d : issue.dependencies()) {
                dependents
                        .computeIfAbsent(d.dependsOnId(), k -> new ArrayList<>())
                        .add(issue.id());
            }
        }
        Set<IssueId> all = new LinkedHashSet<>(resolved);
        Deque<IssueId> todo = new ArrayDeque<>(resolved);
        while (!todo.isEmpty()) {
            for (IssueId d : dependents.getOrDefault(todo.poll(), List.of())) {
                if (all.add(d)) {
                    todo.add(d);
                }
            }
        }
        return new ArrayList<>(all);
    }

    private int preview(List<String> given) {
        Ports ports = reading();
        List<IssueDetails> targets = new ArrayList<>();
        for (IssueId id : targets(ports, given)) {
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
            out.line("To proceed, run: bd delete " + String.join(" ", given) + (cascade.get() ? " --cascade" : "")
                    + " --force");
        }
        return 0;
    }
}
