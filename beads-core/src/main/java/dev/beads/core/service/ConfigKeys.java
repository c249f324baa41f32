package dev.beads.core.service;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.port.IssueRepository;

/** Names of configuration and metadata keys the use cases read and write (Go bd's names). */
final class ConfigKeys {
    /** The prefix of new ids ({@code bd init --prefix}). */
    static final String ISSUE_PREFIX = "issue_prefix";
    /** {@link JsonlFingerprint} of the workspace JSONL as last imported or exported. */
    static final String JSONL_CONTENT_HASH = "jsonl_content_hash";
    /** Modification time of the workspace JSONL (epoch nanoseconds) when its hash was stored. */
    static final String JSONL_MTIME = "jsonl_mtime";
    /** Size of the workspace JSONL (bytes) when its hash was stored. */
    static final String JSONL_SIZE = "jsonl_size";
    /**
     * {@link #JSONL_CONTENT_HASH} again when the file then held every issue that is not dirty exactly as an export of
     * the database writes it (so that a flush may patch in just the dirty ones), else empty. Ours, not Go bd's.
     */
    static final String JSONL_COMPLETE_HASH = "jsonl_complete_hash";
    /**
     * {@link #JSONL_CONTENT_HASH} again when the file was then byte for byte what an export of the database writes
     * (so that, with nothing dirty, an export elsewhere may copy it), else empty. Ours, not Go bd's.
     */
    static final String JSONL_EXPORT_HASH = "jsonl_export_hash";

    private ConfigKeys() {}

    static String prefix(IssueRepository repository) {
        return repository
                .config(ISSUE_PREFIX)
                .filter(p -> !p.isBlank())
                .orElseThrow(
                        () -> new InvalidInputException("workspace has no issue prefix: run bd init --prefix <p>"));
    }
}
