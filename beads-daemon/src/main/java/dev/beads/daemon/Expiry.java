package dev.beads.daemon;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The daemon's expiry thread: once a second it asks each {@link ExpiryCheck}, and the first that names a reason
 * stops the daemon. One wake-up a second and a {@code stat} of {@code .beads} cost no measurable idle CPU.
 *
 * <p>It also gives memory back once the daemon falls idle: {@link #COMPACT_AFTER_NANOS} after the last request it
 * runs one full collection, which shrinks the heap (the launcher's {@code MaxHeapFreeRatio}) and lets the garbage
 * collector free what sqlite-jdbc's statements hold in native memory; the JVM's periodic native-heap trim then
 * returns it to the system. Measured at 10,000 issues: ~7 MB of RSS (docs/BENCHMARKS.md).
 */
final class Expiry extends Thread {
    private static final long PERIOD_MILLIS = 1000;
    static final long COMPACT_AFTER_NANOS = 10_000_000_000L;

    private final WorkspaceDaemon daemon;
    private final List<ExpiryCheck> checks;
    private long compactedAfter = Long.MIN_VALUE;

    private Expiry(WorkspaceDaemon daemon, List<ExpiryCheck> checks) {
        super("bd-daemon-expiry");
        setDaemon(true);
        this.daemon = daemon;
        this.checks = checks;
    }

    static void start(WorkspaceDaemon daemon, Duration idleTimeout, Path beadsDir) {
        new Expiry(
                        daemon,
                        List.of(
                                ExpiryCheck.WorkspaceGone.of(beadsDir),
                                new ExpiryCheck.Idle(daemon.lifecycle(), idleTimeout, daemon::activeConnections)))
                .start();
    }

    @Override
    public void run() {
        while (daemon.state() != DaemonState.STOPPING && daemon.state() != DaemonState.STOPPED) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            for (ExpiryCheck check : checks) {
                Optional<String> reason = check.reason();
                if (reason.isPresent()) {
                    daemon.requestShutdown(reason.get());
                    return;
                }
            }
            compactWhenIdle();
        }
    }

    private void compactWhenIdle() {
        Lifecycle lifecycle = daemon.lifecycle();
        long last = lifecycle.lastActivity();
        if (last != compactedAfter && lifecycle.idleNanos() >= COMPACT_AFTER_NANOS) {
            compactedAfter = last;
            System.gc(); // once per idle period: see the class comment
            lifecycle.log().debug("idle: heap compacted");
        }
    }
}
