package dev.beads.daemon;

import java.util.Optional;

/**
 * A socket and pid file left by a daemon that died without cleaning up (kill -9, a crash, a reboot): stale when
 * the daemon lock is free, whatever the pid file says (DESIGN §6). Cleaned by whoever takes the lock, so a daemon
 * that starts meanwhile is never robbed of its socket.
 */
public final class StaleDaemonFiles {
    private StaleDaemonFiles() {}

    /**
     * Removes the socket and pid file when no daemon holds the lock.
     *
     * @return true when stale files were found and removed; false when a daemon holds the lock, or there was
     *     nothing to remove
     */
    public static boolean clean(DaemonFiles files) {
        if (!java.nio.file.Files.isDirectory(files.beadsDir())) {
            return false;
        }
        Optional<DaemonLock> lock = DaemonLock.tryAcquire(files.beadsDir());
        if (lock.isEmpty()) {
            return false;
        }
        try (DaemonLock held = lock.get()) {
            return files.removeSocketAndPid();
        }
    }
}
