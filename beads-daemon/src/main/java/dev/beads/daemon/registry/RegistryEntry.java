package dev.beads.daemon.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One daemon in the user's registry: Go bd's {@code RegistryEntry} fields (v0.39.1 internal/daemon/registry.go).
 *
 * @param workspacePath the workspace root
 * @param socketPath its socket
 * @param databasePath its {@code beads.db}; its directory is the {@code .beads} whose lock tells whether the daemon
 *     lives
 * @param pid the daemon's process id
 * @param version its bd-jvm version
 * @param startedAt when it started
 */
public record RegistryEntry(
        String workspacePath, String socketPath, String databasePath, long pid, String version, Instant startedAt) {
    public RegistryEntry {
        Objects.requireNonNull(workspacePath, "workspacePath");
        Objects.requireNonNull(socketPath, "socketPath");
        Objects.requireNonNull(databasePath, "databasePath");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The {@code .beads} directory whose {@code daemon.lock} the daemon holds. */
    public Path beadsDir() {
        return Path.of(databasePath).getParent();
    }
}
