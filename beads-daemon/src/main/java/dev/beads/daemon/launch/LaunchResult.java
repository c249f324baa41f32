package dev.beads.daemon.launch;

import java.nio.file.Path;

/** How {@link DaemonLauncher#ensureRunning} went: a daemon answers, or why none does. */
public sealed interface LaunchResult {
    /**
     * A daemon answers on {@code socket}.
     *
     * @param status what it said about itself
     * @param started whether this call started it (false: it was running, or another starter's came up)
     * @param cleanedStale whether a dead daemon's socket and pid file were removed first
     */
    record Running(Path socket, DaemonStatus status, boolean started, boolean cleanedStale) implements LaunchResult {}

    /**
     * No daemon answers.
     *
     * @param reason one line for stderr: what happened and what to do ({@code daemon did not answer within 5 s})
     * @param log the daemon log to look at
     */
    record Failed(String reason, Path log) implements LaunchResult {}
}
