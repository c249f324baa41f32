package dev.beads.core.api;

import dev.beads.core.model.IssueFilter;
import java.nio.file.Path;

/**
 * Export issues as JSONL.
 *
 * @param target the file to write, or null for the workspace JSONL
 * @param filter which issues (null: all, tombstones included)
 * @param force write even when the database is empty and the target already holds issues
 */
public record ExportIssues(Path target, IssueFilter filter, boolean force) {
    public static ExportIssues toWorkspace() {
        return new ExportIssues(null, null, false);
    }
}
