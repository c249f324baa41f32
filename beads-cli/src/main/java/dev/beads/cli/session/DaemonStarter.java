package dev.beads.cli.session;

import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the CLI needs from the daemon module to auto-start a daemon (DESIGN §6): whether auto-start is on for a
 * workspace (flag &gt; environment &gt; config.yaml &gt; default), and the launcher itself. One small interface,
 * so the session code does not depend on how a daemon is spawned.
 */
public interface DaemonStarter {

    /** Whether a command that finds no daemon should start one ({@code BEADS_AUTO_START_DAEMON}, config). */
    boolean autoStartEnabled(Workspace workspace, Map<String, String> env);

    /**
     * Starts the workspace's daemon detached and waits (at most 5 s) until it answers on {@code socket}. Concurrent
     * callers get one daemon: the lock decides, and the losers wait for the winner's socket.
     *
     * @return empty when a daemon answers on the socket; otherwise why not, in a few words
     */
    Optional<String> start(Workspace workspace, Path socket, Map<String, String> env);

    /** The daemon's log file, which the fallback line names. */
    Path log(Workspace workspace);

    /** No daemon can be started (embedders, tests): every command runs in-process unless one is running. */
    DaemonStarter NONE = new DaemonStarter() {
        @Override
        public boolean autoStartEnabled(Workspace workspace, Map<String, String> env) {
            return false;
        }

        @Override
        public Optional<String> start(Workspace workspace, Path socket, Map<String, String> env) {
            return Optional.of("no launcher");
        }

        @Override
        public Path log(Workspace workspace) {
            return workspace.beadsDir().resolve("daemon.log");
        }
    };
}
