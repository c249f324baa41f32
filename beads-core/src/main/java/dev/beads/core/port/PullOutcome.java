package dev.beads.core.port;

/** What {@link VcsSync#pull} did. */
public sealed interface PullOutcome {
    /** The upstream had nothing the local branch lacks. */
    record UpToDate() implements PullOutcome {}

    /** HEAD moved to {@code head}: a fast-forward, or a merge commit when {@code merged}. */
    record Updated(String head, boolean merged) implements PullOutcome {}

    /** The current branch tracks no remote branch. */
    record NoUpstream(String branch) implements PullOutcome {}

    /** The fetch failed after its retries; nothing changed. */
    record Failed(String reason, int attempts) implements PullOutcome {}

    /** Nothing changed because something needs the user first (a conflict outside the JSONL, local changes). */
    record Refused(String reason) implements PullOutcome {}
}
