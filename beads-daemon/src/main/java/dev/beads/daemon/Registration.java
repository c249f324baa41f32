package dev.beads.daemon;

import dev.beads.core.model.Workspace;
import dev.beads.daemon.registry.DaemonRegistry;
import dev.beads.daemon.registry.RegistryEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** This daemon's entry in the user's registry, removed when it stops. An unwritable registry only warns. */
final class Registration {
    private final DaemonRegistry registry;
    private final String workspace;
    private final long pid;

    private Registration(DaemonRegistry registry, String workspace, long pid) {
        this.registry = registry;
        this.workspace = workspace;
        this.pid = pid;
    }

    static Registration register(
            Workspace workspace, DaemonFiles files, String version, Map<String, String> env, DaemonLog log) {
        DaemonRegistry registry = DaemonRegistry.of(env);
        long pid = ProcessHandle.current().pid();
        String root = workspace.root().toAbsolutePath().normalize().toString();
        RegistryEntry entry = new RegistryEntry(
                root,
                files.socket().toString(),
                workspace.database().toAbsolutePath().normalize().toString(),
                pid,
                version,
                Instant.now());
        try {
            registry.register(entry);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot write the daemon registry in " + registry.dir() + " (" + e.getMessage()
                    + "): bd daemons will not list this daemon; serving anyway");
        }
        return new Registration(registry, root, pid);
    }

    void remove() {
        registry.unregister(workspace, pid);
    }
}
