package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.List;

/**
 * What an import did (or would do, on a dry run).
 *
 * @param created issues that were only in the file
 * @param updated issues whose file version was newer (or merged new labels, edges or comments)
 * @param unchanged issues already up to date
 */
public record ImportResult(int created, int updated, int unchanged, List<IssueId> changedIds, boolean dryRun) {
    public ImportResult {
        changedIds = List.copyOf(changedIds);
    }

    public static ImportResult nothing() {
        return new ImportResult(0, 0, 0, List.of(), false);
    }
}
