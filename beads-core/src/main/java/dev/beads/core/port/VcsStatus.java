package dev.beads.core.port;

/**
 * The current branch against its upstream, as last fetched.
 *
 * @param upstream the remote-tracking branch ({@code origin/main}), or empty when the branch tracks none
 * @param ahead local commits the upstream lacks
 * @param behind upstream commits the branch lacks
 */
public record VcsStatus(VcsState state, String upstream, int ahead, int behind) {}
