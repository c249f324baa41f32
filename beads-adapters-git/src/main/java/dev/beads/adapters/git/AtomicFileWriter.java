package dev.beads.adapters.git;

import dev.beads.core.error.BackendException;
import dev.beads.core.error.IoProblems;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file atomically: write a temp file in the same directory, fsync it, rename it over the target, fsync
 * the directory. A reader sees the old file or the new one, never a mix; on any failure the temp file is removed
 * and the target is untouched.
 */
final class AtomicFileWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {}

    /**
     * @throws BackendException naming the file when the file system fails; exceptions thrown by {@code content}
     *     pass through unchanged
     */
    static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            writeAndSync(temp, content);
            copyPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new BackendException(
                    "could not write " + file + ": " + IoProblems.describe(e) + "; the old file is unchanged", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void writeAndSync(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** The temp file is created 0600; the new file keeps the old one's permissions, or gets 0644 like Go bd's. */
    private static void copyPermissions(Path target, Path temp) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS;
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Makes the rename durable; not every platform can open a directory (Windows cannot), which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("could not fsync directory {}: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not remove temp file {}: {}", temp, e.toString());
        }
    }
}
