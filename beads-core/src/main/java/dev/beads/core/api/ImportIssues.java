package dev.beads.core.api;

import java.nio.file.Path;

/**
 * Import a JSONL file: last-write-wins by updated_at, labels / dependencies / comments merged. All or nothing.
 *
 * @param source the file, or null for the workspace JSONL
 * @param dryRun report what would change, change nothing
 */
public record ImportIssues(Path source, boolean dryRun, String actor) {
    public ImportIssues {
        actor = actor == null ? "" : actor;
    }
}
