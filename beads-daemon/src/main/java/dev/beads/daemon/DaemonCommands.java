package dev.beads.daemon;

import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.core.error.BackendException;
import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bd daemon run} and {@code bd daemon stop}, as the CLI calls them (its {@code daemon} command loads this
 * class only when it runs, so no other command pays for the daemon's classes).
 */
public final class DaemonCommands {
    private static final long STOP_WAIT_MILLIS = 35_000;

    private DaemonCommands() {}

    /**
     * Serves {@code workspace} in the foreground until SIGTERM, SIGINT or a {@code shutdown} request; returns the
     * exit code (0 after a clean stop).
     */
    public static int run(Workspace workspace, Map<String, String> env, String version, PrintStream err) {
        WorkspaceDaemon daemon = WorkspaceDaemon.start(workspace, env, version);
        Thread onSignal = new Thread(daemon::stop, "bd-daemon-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        err.println("bd daemon: serving " + workspace.root() + " on " + daemon.socket() + " (pid "
                + ProcessHandle.current().pid() + ")");
        try {
            daemon.awaitShutdownRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        daemon.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already (a signal): the hook has run or runs now, and stop is idempotent
        }
        err.println("bd daemon: stopped");
        return 0;
    }

    /**
     * Asks the workspace's daemon to shut down and waits until it has released its lock.
     *
     * @return true when a daemon was stopped, false when none was running
     * @throws BackendException when it did not stop in time
     */
    public static boolean stop(Workspace workspace, Map<String, String> env) {
        Path socket = SocketPaths.forWorkspace(workspace.beadsDir(), env);
        Optional<RpcConnection> connection = SocketClient.connect(socket);
        if (connection.isEmpty()) {
            return DaemonLock.isHeld(workspace.beadsDir()) && awaitRelease(workspace);
        }
        try (RpcConnection rpc = connection.get()) {
            rpc.call("shutdown", new JsonObjectBuilder().build());
        } catch (IOException e) {
            // the daemon closes the connection as it stops
        }
        return awaitRelease(workspace);
    }

    private static boolean awaitRelease(Workspace workspace) {
        long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000L;
        while (DaemonLock.isHeld(workspace.beadsDir())) {
            if (System.nanoTime() > deadline) {
                throw new BackendException("the daemon of " + workspace.root() + " did not stop within "
                        + STOP_WAIT_MILLIS / 1000 + " s: see .beads/daemon.log; kill it if it hangs");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendException("interrupted while waiting for the daemon to stop");
            }
        }
        return true;
    }
}
