package dev.beads.daemon;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The daemon's expiry thread: once a second it asks each {@link ExpiryCheck}, and the first that names a reason
 * stops the daemon. One wake-up a second and a {@code stat} of {@code .beads} cost no measurable idle CPU.
 */
final class Expiry extends Thread {
    private static final long PERIOD_MILLIS = 1000;

    private final WorkspaceDaemon daemon;
    private final List<ExpiryCheck> checks;

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
        }
    }
}
