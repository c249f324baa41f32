package dev.beads.core.api;

/**
 * Moving issues between the database and the JSONL. The sync issue adds git (commit, pull, push) here. Thread-safe.
 */
public interface SyncCommands {

    /**
     * Writes issues to JSONL (atomically). Refuses, with a ConflictException, to write an empty database over a
     * target that holds issues unless {@code force}. An export to the workspace JSONL clears dirty flags and records
     * the file's content hash.
     */
    ExportResult export(ExportIssues request);

    /**
     * Imports a JSONL file in one transaction. A bad line is a JsonlFormatException naming it, and nothing changes.
     * As {@link #importIssues(ImportIssues, ImportProgress)} with {@link ImportProgress#NONE}.
     */
    default ImportResult importIssues(ImportIssues request) {
        return importIssues(request, ImportProgress.NONE);
    }

    /**
     * Imports a JSONL file in one transaction, telling {@code progress} how far it has got (the file's bytes parsed,
     * then the changed issues stored; one call at a time, see {@link ImportProgress}). A bad line is a
     * JsonlFormatException naming it, and nothing changes. An exception thrown by {@code progress} aborts the import,
     * which then changes nothing.
     */
    ImportResult importIssues(ImportIssues request, ImportProgress progress);

    /**
     * Imports the workspace JSONL when its content differs from what was last imported or exported (content hash);
     * otherwise does nothing. What a command runs before it reads.
     */
    ImportResult importIfChanged();

    /**
     * Writes the workspace JSONL when issues are dirty; otherwise does nothing. What a command runs after it
     * mutates. When the file is still the one last written or imported, and that held every other issue as stored,
     * only the dirty issues' lines are written into it (the file is then the same as a full export's, and
     * {@code exported} counts the dirty issues); otherwise everything is exported, as {@link #export} does.
     */
    ExportResult flushIfDirty();
}
