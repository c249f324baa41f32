package dev.beads.daemon.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.error.BeadsException;
import dev.beads.daemon.DaemonLock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every daemon of the user (for {@code bd daemons}): one small JSON file per daemon,
 * {@code $XDG_STATE_HOME/beads/daemons/<hash of the workspace>.json} (else {@code ~/.local/state/beads/…}), written
 * by the daemon when it runs and removed when it stops. One file per daemon needs no registry-wide lock (Go bd
 * kept one JSON array behind a lock file); a reader believes an entry only while the workspace's
 * {@code daemon.lock} is held, and removes it otherwise (a daemon killed with -9 leaves its file behind).
 */
public final class DaemonRegistry {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;

    private DaemonRegistry(Path dir) {
        this.dir = dir;
    }

    /** The registry {@code env} points at ({@code XDG_STATE_HOME}, else {@code HOME/.local/state}). */
    public static DaemonRegistry of(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base;
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            base = Path.of(state);
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            base = Path.of(home, ".local", "state");
        }
        return new DaemonRegistry(base.resolve("beads").resolve("daemons"));
    }

    public Path dir() {
        return dir;
    }

    /**
     * Adds or replaces the entry of {@code entry}'s workspace.
     *
     * @throws IOException when the registry cannot be written (the daemon warns and serves anyway)
     */
    public void register(RegistryEntry entry) throws IOException {
        Files.createDirectories(dir);
        Path file = fileOf(entry.workspacePath());
        Path tmp =
                dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(tmp, encode(entry));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the entry of {@code workspacePath} if it names process {@code pid} (a newer daemon's stays). */
    public void unregister(String workspacePath, long pid) {
        Path file = fileOf(workspacePath);
        Optional<RegistryEntry> entry = read(file);
        if (entry.isPresent() && entry.get().pid() != pid) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale entry is pruned by the next reader
        }
    }

    /** The entries whose daemon lives (its lock is held); the others are removed on the way. */
    public List<RegistryEntry> live() {
        List<RegistryEntry> out = new ArrayList<>();
        for (Checked c : check(true)) {
            if (c.alive()) {
                out.add(c.entry());
            }
        }
        return out;
    }

    /**
     * An entry and whether its daemon lives.
     *
     * @param alive whether the workspace's daemon lock is held
     */
    public record Checked(RegistryEntry entry, boolean alive) {}

    /**
     * Every readable entry, sorted by workspace, each checked against its lock.
     *
     * @param prune remove the entries whose daemon is dead (and unreadable files); a registry that cannot be
     *     written keeps them, and they are still reported dead
     */
    public List<Checked> check(boolean prune) {
        List<Checked> out = new ArrayList<>();
        for (Path file : files()) {
            Optional<RegistryEntry> entry = read(file);
            boolean alive = entry.isPresent() && isHeld(entry.get());
            if (entry.isPresent()) {
                out.add(new Checked(entry.get(), alive));
            }
            if (!alive && prune) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // read-only registry: it stays stale, and is still reported dead
                }
            }
        }
        out.sort((a, b) -> a.entry().workspacePath().compareTo(b.entry().workspacePath()));
        return out;
    }

    private static boolean isHeld(RegistryEntry entry) {
        Path beadsDir = entry.beadsDir();
        if (beadsDir == null || !Files.isDirectory(beadsDir)) {
            return false;
        }
        try {
            return DaemonLock.isHeld(beadsDir);
        } catch (BeadsException e) {
            return false;
        }
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : entries) {
                out.add(p);
            }
        } catch (IOException e) {
            // an unreadable registry lists nothing
        }
        return out;
    }

    private Path fileOf(String workspacePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(workspacePath.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 8) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] encode(RegistryEntry e) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(buf)) {
            g.writeStartObject();
            g.writeStringField("workspace_path", e.workspacePath());
            g.writeStringField("socket_path", e.socketPath());
            g.writeStringField("database_path", e.databasePath());
            g.writeNumberField("pid", e.pid());
            g.writeStringField("version", e.version());
            g.writeStringField("started_at", e.startedAt().toString());
            g.writeEndObject();
        }
        buf.write('\n');
        return buf.toByteArray();
    }

    static Optional<RegistryEntry> read(Path file) {
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String workspace = null, socket = null, database = null, version = null, started = null;
            long pid = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "workspace_path" -> workspace = p.getValueAsString();
                    case "socket_path" -> socket = p.getValueAsString();
                    case "database_path" -> database = p.getValueAsString();
                    case "pid" -> pid = p.getValueAsLong();
                    case "version" -> version = p.getValueAsString();
                    case "started_at" -> started = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            if (workspace == null || socket == null || database == null || version == null || started == null) {
                return Optional.empty();
            }
            return Optional.of(new RegistryEntry(workspace, socket, database, pid, version, Instant.parse(started)));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
