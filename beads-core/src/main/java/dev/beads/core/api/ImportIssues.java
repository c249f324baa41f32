package dev.beads.core.api;

import java.nio.file.Path;

/**
 * Import a JSONL file: last-write-wins by updated_at, labels / dependencies / comments merged. All or nothing.
 *
 * @param source the file, or null for the workspace JSONL
 * @param dryRun report what would change, change nothing
 * @param strict fail on the first {@link ImportWarning}, importing nothing, instead of importing and reporting
 */
public record ImportIssues(Path source, boolean dryRun, String actor, boolean strict) {
    public ImportIssues {
        actor = actor == null ? "" : actor;
    }

    public ImportIssues(Path source, boolean dryRun, String actor) {
        this(source, dryRun, actor, false);
    }
}
