package dev.beads.daemon;

import dev.beads.adapters.rpc.SocketPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The daemon's files in {@code .beads} (DESIGN §3): {@code daemon.pid}, {@code daemon.log}, {@code daemon.lock}, and
 * the socket (where {@link SocketPaths} puts it). The pid file is information for people and tools; liveness is
 * the lock ({@link DaemonLock}), never the pid.
 *
 * @param beadsDir the workspace's {@code .beads}
 * @param socket its socket
 */
public record DaemonFiles(Path beadsDir, Path socket) {
    public static final String PID = "daemon.pid";
    public static final String LOG = "daemon.log";

    /** The files of the workspace whose {@code .beads} is {@code beadsDir}, the socket as {@code env} places it. */
    public static DaemonFiles of(Path beadsDir, Map<String, String> env) {
        return new DaemonFiles(beadsDir, SocketPaths.forWorkspace(beadsDir, env));
    }

    public Path pidFile() {
        return beadsDir.resolve(PID);
    }

    public Path logFile() {
        return beadsDir.resolve(LOG);
    }

    /** The pid the pid file names, or empty when there is none or it holds no number. */
    public Optional<Long> readPid() {
        try {
            String text = Files.readString(pidFile(), StandardCharsets.US_ASCII).strip();
            return Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes this process's pid (atomically: a reader never sees half a number). */
    void writePid(long pid) throws IOException {
        Path tmp = beadsDir.resolve(PID + ".tmp");
        Files.writeString(tmp, pid + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Removes the socket (never through a symbolic link) and the pid file. Only the holder of the daemon lock may
     * call it: another daemon's socket is never touched.
     *
     * @return whether anything was there to remove
     */
    boolean removeSocketAndPid() {
        boolean removed = false;
        try {
            if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(socket)) {
                removed = Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            // left for the next daemon, which removes a stale socket before it binds
        }
        try {
            removed |= Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // a stale pid file misleads nobody: liveness is the lock
        }
        return removed;
    }
}
