package dev.beads.daemon;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code .beads/daemon.lock}, held exclusively by the daemon for its whole life (DESIGN §6): the liveness oracle.
 * The operating system releases it when the process dies, however it dies, so a lock that can be taken means no
 * daemon runs. The file itself stays (removing it would let two daemons lock two different files).
 *
 * <p>Two byte ranges of the file are two locks: byte 0 is the daemon's (liveness), byte 1 a starter's
 * ({@link #tryAcquireStarter}), held by the one {@code bd} that spawns a daemon while the others wait and then
 * connect. They are POSIX record locks, and closing any descriptor of a file drops every lock the process holds
 * on it: so each process opens each lock file once ({@link #channel}) and keeps that channel, and a lock is
 * released by unlocking its range, never by closing.
 */
public final class DaemonLock implements AutoCloseable {
    /** The lock file's name in {@code .beads}. */
    public static final String FILE = "daemon.lock";

    private static final long DAEMON_BYTE = 0;
    private static final long STARTER_BYTE = 1;

    private static final Map<Path, Open> OPEN = new HashMap<>();

    /** A channel this process keeps on one lock file, and that file's identity (inode). */
    private record Open(FileChannel channel, Object fileKey) {}

    private final FileLock lock;

    private DaemonLock(FileLock lock) {
        this.lock = lock;
    }

    /** The lock of the workspace whose {@code .beads} is {@code beadsDir}, or empty when another process holds it. */
    public static Optional<DaemonLock> tryAcquire(Path beadsDir) {
        return tryLock(beadsDir, DAEMON_BYTE);
    }

    /**
     * The starter's lock (the one {@code bd} that may spawn a daemon now), or empty when another starter holds it,
     * in this process or another.
     */
    public static Optional<DaemonLock> tryAcquireStarter(Path beadsDir) {
        return tryLock(beadsDir, STARTER_BYTE);
    }

    /**
     * Whether a daemon holds the lock now (taking and releasing it at once when nobody does; a daemon starting in
     * that instant retries, see {@code WorkspaceDaemon}). True in the daemon's own process too.
     */
    public static boolean isHeld(Path beadsDir) {
        Optional<DaemonLock> probe = tryAcquire(beadsDir);
        probe.ifPresent(DaemonLock::close);
        return probe.isEmpty();
    }

    private static Optional<DaemonLock> tryLock(Path beadsDir, long position) {
        Path file = beadsDir.resolve(FILE);
        try {
            FileLock lock = channel(file).tryLock(position, 1, false);
            return lock == null ? Optional.empty() : Optional.of(new DaemonLock(lock));
        } catch (OverlappingFileLockException e) {
            return Optional.empty(); // this process holds it already
        } catch (IOException e) {
            throw new BackendException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    // The one channel of this process on the file now at that path. A file replaced meanwhile (the workspace was
    // deleted and made again) is another inode: it gets a channel of its own; the old one stays open, so that
    // closing it cannot drop a lock still held on the old file.
    private static synchronized FileChannel channel(Path file) throws IOException {
        Open open = OPEN.get(file);
        if (open != null && open.channel().isOpen() && Objects.equals(open.fileKey(), fileKey(file))) {
            return open.channel();
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        OPEN.put(file, new Open(channel, fileKey(file)));
        return channel;
    }

    /** The identity (inode) of the file at {@code file}, or null when there is none. */
    static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Releases the lock (the file and this process's channel on it stay). */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is gone (its file with it): nothing is held any more
        }
    }
}
