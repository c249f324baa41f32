package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bd delete}: turns issues into tombstones, so the deletion travels through git. Without {@code --force} it
 * only shows what would happen (Go bd's preview).
 */
@Command(name = "delete", description = "Delete issues (they become tombstones). Needs --force; --dry-run previews.")
public final class DeleteCommand extends BdSubcommand {

    @Parameters(arity = "1..*", paramLabel = "<id>")
    List<String> ids;

    @Option(
            names = {"-f", "--force"},
            description = "Really delete.")
    boolean force;

    @Option(names = "--dry-run", description = "Show what would be deleted, change nothing.")
    boolean dryRun;

    @Option(
            names = {"-r", "--reason"},
            paramLabel = "<reason>",
            description = "Why (kept in the tombstone).")
    String reason;

    @Override
    protected int execute() {
        if (!force || dryRun) {
            return preview();
        }
        Ports ports = writing();
        List<DeleteResult> results = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids)) {
            results.add(ports.issues().delete(new DeleteIssue(id, reason, actor())));
        }
        int unlinked = results.stream().mapToInt(r -> r.unlinked().size()).sum();
        int referencesUpdated =
                results.stream().mapToInt(r -> r.referencesUpdated().size()).sum();
        Output out = out();
        if (json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            if (results.size() == 1) {
                result.put("deleted", results.get(0).tombstone().id().value());
            } else {
                result.put(
                        "deleted",
                        results.stream().map(r -> r.tombstone().id().value()).toList());
                result.put("deleted_count", results.size());
            }
            result.put("dependencies_removed", unlinked);
            result.put("references_updated", referencesUpdated);
            out.json(Shapes.object(result));
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

    private int preview() {
        Ports ports = reading();
        List<IssueDetails> targets = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids)) {
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
        if (!dryRun) {
            out.line();
            out.line("To proceed, run: bd delete " + String.join(" ", ids) + " --force");
        }
        return 0;
    }
}
