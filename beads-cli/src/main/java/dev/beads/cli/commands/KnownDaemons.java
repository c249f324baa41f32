package dev.beads.cli.commands;

import dev.beads.core.error.NotFoundException;
import dev.beads.daemon.DaemonFiles;
import dev.beads.daemon.launch.DaemonProbe;
import dev.beads.daemon.launch.DaemonStatus;
import dev.beads.daemon.registry.DaemonRegistry;
import dev.beads.daemon.registry.RegistryEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user's daemons as {@code bd daemons} sees them: the registry, each entry checked by its lock and asked. */
final class KnownDaemons {
    private static final Duration PROBE = Duration.ofSeconds(1);

    /**
     * One registered daemon.
     *
     * @param alive whether its lock is held
     * @param status its answer to {@code status}; empty when it does not answer (dead, or hung)
     */
    record Known(RegistryEntry entry, boolean alive, Optional<DaemonStatus> status) {
        DaemonFiles files() {
            return new DaemonFiles(entry.beadsDir(), Path.of(entry.socketPath()));
        }

        String version() {
            return status.map(DaemonStatus::version).orElse(entry.version());
        }
    }

    private KnownDaemons() {}

    /** Every registered daemon; dead ones are pruned from the registry unless {@code prune} is false. */
    static List<Known> all(Map<String, String> env, boolean prune) {
        List<Known> out = new ArrayList<>();
        for (DaemonRegistry.Checked c : DaemonRegistry.of(env).check(prune)) {
            Optional<DaemonStatus> status =
                    c.alive() ? DaemonProbe.status(Path.of(c.entry().socketPath()), PROBE) : Optional.empty();
            out.add(new Known(c.entry(), c.alive(), status));
        }
        return out;
    }

    /** The live ones. */
    static List<Known> alive(Map<String, String> env) {
        List<Known> out = new ArrayList<>();
        for (Known k : all(env, true)) {
            if (k.alive()) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The live daemon {@code target} names: a pid, or a workspace path (relative to {@code cwd}; {@code .} is the
     * workspace here, or a directory inside it).
     *
     * @throws NotFoundException naming the target (Go bd: "daemon not found for X")
     */
    static Known find(Map<String, String> env, Path cwd, String target) {
        Path asPath = cwd.resolve(target).toAbsolutePath().normalize();
        Known best = null;
        for (Known k : alive(env)) {
            if (String.valueOf(k.entry().pid()).equals(target)
                    || k.entry().workspacePath().equals(target)) {
                return k;
            }
            Path root = Path.of(k.entry().workspacePath());
            if (asPath.startsWith(root)
                    && (best == null || root.startsWith(best.entry().workspacePath()))) {
                best = k;
            }
        }
        if (best == null) {
            throw new NotFoundException("daemon not found for " + target + ": bd daemons list shows the running ones");
        }
        return best;
    }
}
