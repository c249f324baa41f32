package dev.beads.daemon;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code .beads/daemon.lock}, held exclusively by the daemon for its whole life (DESIGN §6): the liveness oracle.
 * The operating system releases it when the process dies, however it dies, so a lock that can be taken means no
 * daemon runs. The file itself stays (removing it would let two daemons lock two different files).
 */
public final class DaemonLock implements AutoCloseable {
    /** The lock file's name in {@code .beads}. */
    public static final String FILE = "daemon.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of the workspace whose {@code .beads} is {@code beadsDir}, or empty when another process holds it. */
    public static Optional<DaemonLock> tryAcquire(Path beadsDir) {
        Path file = beadsDir.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DaemonLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            close(channel);
            return Optional.empty(); // this process holds it already
        } catch (IOException e) {
            close(channel);
            throw new BackendException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a daemon holds the lock now (taking and releasing it at once when nobody does). */
    public static boolean isHeld(Path beadsDir) {
        Optional<DaemonLock> probe = tryAcquire(beadsDir);
        probe.ifPresent(DaemonLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close releases it as well
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
