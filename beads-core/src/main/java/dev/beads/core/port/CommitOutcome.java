package dev.beads.core.port;

/** What {@link VcsSync#commit} did. */
public sealed interface CommitOutcome {
    /** A new commit on the current branch. */
    record Committed(String commitId) implements CommitOutcome {}

    /** HEAD already holds the file's content. */
    record NothingToCommit() implements CommitOutcome {}

    /** No commit can be made now; nothing changed. */
    record Refused(VcsState state) implements CommitOutcome {}
}
