package dev.beads.cli.session;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.core.error.BeadsException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the workspace's daemon, or starts one (DESIGN §6, Go bd v0.39.1 cmd/bd/main.go:637-803): connect and ask
 * {@code version}; a daemon of another version is asked to {@code shutdown}, its lock awaited, and a new one
 * started; no daemon and auto-start on: start one and connect. Every way of not getting a daemon is an
 * {@link Outcome.Direct} with Go's fallback reason.
 */
final class DaemonConnector {
    /** How long an old daemon gets to release its lock after {@code shutdown} (it finishes requests in flight). */
    private static final long STOP_WAIT_MILLIS = 10_000;

    /** How long a daemon gets to answer {@code version}: generous, as a loaded machine slows a daemon down. */
    private static final long HANDSHAKE_MILLIS = 5_000;

    private final String clientVersion;
    private final DaemonStarter starter;

    DaemonConnector(String clientVersion, DaemonStarter starter) {
        this.clientVersion = clientVersion;
        this.starter = starter;
    }

    /** Where a command will be served. */
    sealed interface Outcome {
        /** A compatible daemon answers on {@code connection}. */
        record Daemon(RpcConnection connection, String version) implements Outcome {}

        /**
         * In-process, for {@code reason}; {@code notice} is the one stderr line to print (auto-start or a restart
         * failed), or null when nothing went wrong that the user should hear about.
         */
        record Direct(String reason, String detail, String notice) implements Outcome {}
    }

    Outcome connect(Workspace workspace, Path socket, Map<String, String> env) {
        Outcome first = tryExisting(workspace, socket, env);
        if (!(first instanceof Outcome.Direct direct) || direct.reason().equals(DaemonStatus.HEALTH_FAILED)) {
            return first;
        }
        if (!direct.reason().equals(DaemonStatus.CONNECT_FAILED) || !starter.autoStartEnabled(workspace, env)) {
            // Go keeps connect_failed when auto-start is off: it says more than auto_start_disabled would.
            return direct;
        }
        return startAndConnect(workspace, socket, env, null);
    }

    /** A daemon that is there already: used when compatible, replaced when not. */
    private Outcome tryExisting(Workspace workspace, Path socket, Map<String, String> env) {
        Optional<RpcConnection> connection;
        try {
            connection = SocketClient.connect(socket);
        } catch (BeadsException e) {
            return new Outcome.Direct(DaemonStatus.CONNECT_FAILED, e.getMessage(), e.getMessage());
        }
        if (connection.isEmpty()) {
            return new Outcome.Direct(DaemonStatus.CONNECT_FAILED, "no daemon answers on " + socket, null);
        }
        RpcConnection rpc = connection.get();
        String version;
        try {
            version = version(rpc);
        } catch (BeadsException e) {
            closeQuietly(rpc);
            return new Outcome.Direct(DaemonStatus.HEALTH_FAILED, e.getMessage(), null);
        }
        if (version.equals(clientVersion)) {
            return new Outcome.Daemon(rpc, version);
        }
        String mismatch = "version mismatch (daemon: " + version + ", client: " + clientVersion + ")";
        if (!stop(rpc, workspace)) {
            return new Outcome.Direct(
                    DaemonStatus.HEALTH_FAILED,
                    mismatch + " and the old daemon did not stop",
                    "bd: the daemon of " + workspace.root() + " is version " + version + " and did not stop when"
                            + " asked; running in-process (see " + starter.log(workspace) + ")");
        }
        // Go bd restarts a daemon of another version whatever the auto-start setting (main.go:667).
        return startAndConnect(workspace, socket, env, mismatch);
    }

    private Outcome startAndConnect(Workspace workspace, Path socket, Map<String, String> env, String replacing) {
        Optional<String> failure = starter.start(workspace, socket, env);
        if (failure.isEmpty()) {
            Optional<RpcConnection> connection;
            try {
                connection = SocketClient.connect(socket);
            } catch (BeadsException e) {
                connection = Optional.empty();
                failure = Optional.of(e.getMessage());
            }
            if (connection.isPresent()) {
                try {
                    String version = version(connection.get());
                    if (version.equals(clientVersion)) {
                        return new Outcome.Daemon(connection.get(), version);
                    }
                    failure = Optional.of("the new daemon reports version " + version);
                } catch (BeadsException e) {
                    failure = Optional.of(e.getMessage());
                }
                closeQuietly(connection.get());
            } else if (failure.isEmpty()) {
                failure = Optional.of("it started but does not answer on " + socket);
            }
        }
        String why = failure.get();
        String reason = replacing == null ? DaemonStatus.AUTO_START_FAILED : DaemonStatus.HEALTH_FAILED;
        String detail = replacing == null ? why : replacing + " and restart failed: " + why;
        return new Outcome.Direct(
                reason,
                detail,
                "bd: "
                        + (replacing == null
                                ? "could not start the daemon"
                                : "could not replace the daemon (" + replacing + ")")
                        + ": " + why + "; running in-process (see " + starter.log(workspace)
                        + ")");
    }

    /**
     * The daemon's {@code version}, within {@link #HANDSHAKE_MILLIS}: a daemon that accepts but never answers (hung,
     * or stopped in a debugger) must not hang every {@code bd}, so a watchdog closes the connection, and the call
     * fails as a lost connection (the command then runs in-process, {@code health_failed}).
     */
    private static String version(RpcConnection rpc) {
        Watchdog watchdog = new Watchdog(rpc);
        watchdog.start();
        try {
            JsonValue answer = rpc.call("version", new JsonObjectBuilder().build());
            return Fields.of(answer, "version").string("version");
        } finally {
            watchdog.interrupt();
        }
    }

    /** Closes a connection that has not answered in time (a thread subclass: no lambda on the start-up path). */
    private static final class Watchdog extends Thread {
        private final RpcConnection rpc;

        Watchdog(RpcConnection rpc) {
            super("bd-daemon-handshake");
            this.rpc = rpc;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                Thread.sleep(HANDSHAKE_MILLIS);
                closeQuietly(rpc);
            } catch (InterruptedException answered) {
                // the daemon answered in time
            }
        }
    }

    /** Asks an old daemon to stop and waits for its lock: true when it is gone. */
    private static boolean stop(RpcConnection rpc, Workspace workspace) {
        try {
            rpc.call("shutdown", new JsonObjectBuilder().build());
        } catch (BeadsException e) {
            // it may close the connection as it stops; the lock tells
        } finally {
            closeQuietly(rpc);
        }
        long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000L;
        while (DaemonLock.isHeld(workspace.beadsDir())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(RpcConnection rpc) {
        try {
            rpc.close();
        } catch (IOException e) {
            // nothing was sent that needs it
        }
    }
}
