package dev.beads.core.port;

import java.nio.file.Path;
import java.util.List;

/**
 * Version control of the JSONL: add, commit, push, pull. Implemented on JGit by the sync issue; declared here so the
 * core's sync use cases can be written against it.
 */
public interface VcsSync {

    /** Whether the workspace is inside a git work tree. */
    boolean isRepository();

    /** Stages {@code files} and commits them with {@code message}; returns false when there was nothing to commit. */
    boolean commit(List<Path> files, String message);

    /** Pushes the current branch to its upstream; throws BackendException on failure. */
    void push();

    /** Fetches and merges the upstream (beads merge driver for the JSONL); returns whether anything changed. */
    boolean pull();

    /** Whether the remote has commits the local branch lacks (after a fetch). */
    boolean remoteAhead();
}
