package dev.beads.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code .beads/daemon.log}, size-rotated: past {@link #MAX_BYTES} the file becomes {@code daemon.log.1} (the
 * older ones shift up to {@code .3}; the oldest is dropped) and a new one starts. One line per event:
 * {@code 2026-12-02T00:41:03.123Z INFO message}. Thread-safe.
 *
 * <p>A detached daemon's stdout and stderr are appended to the same file (the launcher redirects them, so a JVM
 * that cannot even start leaves its reason there); after a rotation they go on into {@code daemon.log.1}, which
 * only matters for output that is not this log's (a JVM crash report).
 */
public final class DaemonLog implements AutoCloseable {
    /** Rotation size: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Rotated files kept. */
    public static final int KEEP = 3;

    private final Path file;
    private final long maxBytes;
    private final int threshold;
    private OutputStream out;
    private long size;

    private DaemonLog(Path file, long maxBytes, int threshold) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.threshold = threshold;
    }

    /**
     * Opens (appends to) {@code file}, writing lines at {@code level} (debug, info, warn, error) and above.
     *
     * @throws IOException when the file cannot be opened
     */
    public static DaemonLog open(Path file, String level, long maxBytes) throws IOException {
        DaemonLog log = new DaemonLog(file, maxBytes, rank(level));
        log.reopen();
        return log;
    }

    public Path file() {
        return file;
    }

    public void debug(String message) {
        write(0, "DEBUG", message);
    }

    public void info(String message) {
        write(1, "INFO", message);
    }

    public void warn(String message) {
        write(2, "WARN", message);
    }

    public void error(String message) {
        write(3, "ERROR", message);
    }

    private synchronized void write(int rank, String level, String message) {
        if (rank < threshold || out == null) {
            return;
        }
        byte[] line = (Instant.now() + " " + level + " " + message.replace('\n', ' ') + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            if (size + line.length > maxBytes && size > 0) {
                rotate();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException e) {
            // a full disk or a removed .beads: the daemon goes on (its expiry check notices a removed workspace)
        }
    }

    private void rotate() throws IOException {
        out.close();
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = numbered(i);
            if (Files.exists(older)) {
                Files.move(older, numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        reopen();
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private void reopen() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private static int rank(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "debug" -> 0;
            case "warn" -> 2;
            case "error" -> 3;
            default -> 1;
        };
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to write
            }
            out = null;
        }
    }
}
