package dev.beads.daemon;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * One reason for a daemon to stop by itself (maven-mvnd's expiration strategies, as small checks): asked every
 * second by the daemon's expiry thread, it names the reason when it applies.
 */
sealed interface ExpiryCheck {
    /** Why the daemon should stop now, or empty. */
    Optional<String> reason();

    /** {@code 3h}, {@code 90s}, {@code 1500ms}: Go's duration units, the largest that is exact. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /**
     * No request for {@code timeout} while no client is connected (a subscribed client keeps the daemon up).
     * Zero: never.
     */
    record Idle(Lifecycle lifecycle, Duration timeout, IntSupplier connections) implements ExpiryCheck {
        @Override
        public Optional<String> reason() {
            if (timeout.isZero() || connections.getAsInt() > 0 || lifecycle.idleNanos() < timeout.toNanos()) {
                return Optional.empty();
            }
            return Optional.of("idle for " + text(timeout) + " (daemon.idle_timeout)");
        }
    }

    /**
     * The workspace is gone: {@code .beads} was deleted or moved away (a throw-away workspace, a test directory),
     * or another {@code .beads} now stands at its path (its {@code daemon.lock} is another file than the one this
     * daemon locked). A daemon never outlives its workspace as an orphan.
     */
    record WorkspaceGone(Path beadsDir, Object lockFileKey) implements ExpiryCheck {
        /** The check for the workspace as it is now (the lock file's identity taken at start). */
        static WorkspaceGone of(Path beadsDir) {
            return new WorkspaceGone(beadsDir, DaemonLock.fileKey(beadsDir.resolve(DaemonLock.FILE)));
        }

        @Override
        public Optional<String> reason() {
            if (!Files.isDirectory(beadsDir, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(beadsDir + " was deleted or moved");
            }
            Object now = DaemonLock.fileKey(beadsDir.resolve(DaemonLock.FILE));
            if (lockFileKey != null && !Objects.equals(lockFileKey, now)) {
                return Optional.of(beadsDir + " was replaced (its daemon.lock is another file)");
            }
            return Optional.empty();
        }
    }
}
