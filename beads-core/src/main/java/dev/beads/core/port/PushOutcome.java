package dev.beads.core.port;

/** What {@link VcsSync#push} did. */
public sealed interface PushOutcome {
    /** The upstream now has the local commits; {@code mergedFirst} when a rejected push was merged and retried. */
    record Pushed(String remote, String branch, boolean mergedFirst) implements PushOutcome {}

    /** The upstream already had every local commit. */
    record UpToDate() implements PushOutcome {}

    /** The current branch tracks no remote branch: there is nowhere to push. */
    record NoUpstream(String branch) implements PushOutcome {}

    /** The remote could not be reached or refused the push; the local commits are kept for a later try. */
    record Failed(String reason, int attempts) implements PushOutcome {}

    /** Nothing was pushed because something needs the user first. */
    record Refused(String reason) implements PushOutcome {}
}
