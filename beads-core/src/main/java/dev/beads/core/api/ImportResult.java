package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.List;

/**
 * What an import did (or would do, on a dry run).
 *
 * @param created issues that were only in the file
 * @param updated issues whose file version was newer (or merged new labels, edges or comments)
 * @param unchanged issues already up to date
 * @param warnings what the file holds that bd would not write so, in line order (stored as it is all the same)
 */
public record ImportResult(
        int created,
        int updated,
        int unchanged,
        List<IssueId> changedIds,
        boolean dryRun,
        List<ImportWarning> warnings) {
    public ImportResult {
        changedIds = List.copyOf(changedIds);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ImportResult(int created, int updated, int unchanged, List<IssueId> changedIds, boolean dryRun) {
        this(created, updated, unchanged, changedIds, dryRun, List.of());
    }

    public static ImportResult nothing() {
        return new ImportResult(0, 0, 0, List.of(), false);
    }
}
