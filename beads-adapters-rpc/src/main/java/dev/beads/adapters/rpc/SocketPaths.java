package dev.beads.adapters.rpc;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Where a workspace's socket is (DESIGN §6): the one function server and client both use, so they cannot disagree.
 * {@code BEADS_SOCKET_PATH} overrides; else {@code .beads/bd.sock}; when that is too long for a socket address
 * ({@code sun_path} holds 108 bytes on Linux, 104 on macOS; DESIGN §6 sets the bar at 100), a short path
 * {@code beads-<uid>/<hash of the workspace>.sock} under {@code $XDG_RUNTIME_DIR}, else the temp dir.
 */
public final class SocketPaths {
    /** The longest socket path used as it is. */
    public static final int MAX_PATH_BYTES = 100;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SocketPaths() {}

    /** The socket of the workspace whose {@code .beads} directory is {@code beadsDir}. */
    public static Path forWorkspace(Path beadsDir, Map<String, String> env) {
        String override = env.get("BEADS_SOCKET_PATH");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path dir = beadsDir.toAbsolutePath().normalize();
        Path socket = dir.resolve("bd.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES) {
            return socket;
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank()
                ? Path.of(runtime)
                : Path.of(env.getOrDefault("TMPDIR", System.getProperty("java.io.tmpdir")));
        return base.resolve("beads-" + uid()).resolve(hash(dir.toString()) + ".sock");
    }

    /** Whether {@code socket} is a short path (in a directory of its own that must be private). */
    public static boolean isShortPath(Path socket) {
        Path parent = socket.getParent();
        return parent != null
                && parent.getFileName() != null
                && parent.getFileName().toString().startsWith("beads-")
                && !parent.getFileName().toString().equals("beads-");
    }

    /**
     * Makes sure the short path's directory exists and is private: created 0700, and refused when it exists but is
     * not a plain directory of this user closed to group and others (someone else may have made it first, to
     * catch the socket).
     *
     * @throws BackendException naming the directory and what is wrong with it
     */
    public static void preparePrivateDirectory(Path dir) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // made meanwhile: checked below like any existing directory
                }
                Files.setPosixFilePermissions(dir, OWNER_ONLY); // the umask may have taken bits off, never added
            }
            PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isDirectory()) {
                throw new BackendException("socket directory " + dir + " is not a directory (a link or a file):"
                        + " remove it, or set BEADS_SOCKET_PATH");
            }
            UserPrincipal me = currentUser(dir);
            if (!a.owner().equals(me)) {
                throw new BackendException(
                        "socket directory " + dir + " belongs to " + a.owner().getName() + ", not to " + me.getName()
                                + ": someone else created it; remove it, or set BEADS_SOCKET_PATH");
            }
            if (!OWNER_ONLY.containsAll(a.permissions())) {
                throw new BackendException("socket directory " + dir + " is open to other users ("
                        + PosixFilePermissions.toString(a.permissions()) + "): run chmod 700 " + dir
                        + ", or remove it");
            }
        } catch (IOException e) {
            throw new BackendException("cannot prepare the socket directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** This process's user: the owner of /proc/self on Linux, else the principal of {@code user.name}. */
    static UserPrincipal currentUser(Path near) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return Files.getOwner(self);
        }
        return near.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    // The uid names the directory, as Go bd's /tmp/beads-<uid>: /proc/self is owned by it on Linux; elsewhere the
    // user name stands in.
    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return System.getProperty("user.name");
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
