package dev.beads.daemon;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.adapters.rpc.server.ChangeNotifications;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.core.error.ConflictException;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One workspace served over its socket (DESIGN §6): Starting (take {@code daemon.lock}) → Initializing (open the
 * workspace, bind the socket) → Running → Stopping (finish the requests in flight, close connections) → Cleanup
 * (remove the socket, release the lock). Only the lock holder creates or removes the socket. The auto-sync and
 * file-watching states come later; {@link #stop()} is where they will stop too.
 */
public final class WorkspaceDaemon {
    private static final Duration GRACE = Duration.ofSeconds(30);
    /** How long a flush waits for more mutations to join it: the JSONL follows well within issue 9's 50 ms. */
    private static final Duration COALESCE = Duration.ofMillis(5);

    private final DaemonLock lock;
    private final Beads beads;
    private final RpcServer server;
    private final DaemonControl control;
    private final JsonlFlusher flusher;
    private final WalCheckpoint checkpoint;
    private boolean stopped;

    private WorkspaceDaemon(
            DaemonLock lock,
            Beads beads,
            RpcServer server,
            DaemonControl control,
            JsonlFlusher flusher,
            WalCheckpoint checkpoint) {
        this.flusher = flusher;
        this.checkpoint = checkpoint;
        this.lock = lock;
        this.beads = beads;
        this.server = server;
        this.control = control;
    }

    /**
     * Takes the workspace's lock, opens it and starts serving.
     *
     * @throws ConflictException when another daemon holds the lock
     * @throws dev.beads.core.error.BackendException when the workspace or the socket cannot be opened
     */
    public static WorkspaceDaemon start(Workspace workspace, Map<String, String> env, String version) {
        DaemonLock lock = DaemonLock.tryAcquire(workspace.beadsDir())
                .orElseThrow(() -> new ConflictException("a daemon already serves " + workspace.root()
                        + ": stop it with bd daemon stop, or use it as it is"));
        Beads beads = null;
        JsonlFlusher flusher = null;
        WalCheckpoint checkpoint = new WalCheckpoint(workspace.database());
        try {
            Path socket = SocketPaths.forWorkspace(workspace.beadsDir(), env);
            if (SocketPaths.isShortPath(socket)) {
                SocketPaths.preparePrivateDirectory(socket.getParent());
            }
            beads = Beads.open(workspace);
            beads.sync().importIfChanged();
            flusher = new JsonlFlusher(beads.sync(), COALESCE, checkpoint).start();
            DaemonControl control = new DaemonControl(version, workspace, socket, beads.sync(), flusher);
            DrivingPorts ports = new DrivingPorts(beads.issues(), beads.queries(), beads.config(), beads.sync());
            Dispatcher dispatcher = new Dispatcher(ports, JsonlCodecs.create(), control);
            RpcServer server = RpcServer.start(
                    socket,
                    dispatcher,
                    ServerOptions.DEFAULTS,
                    new ChangeNotifications(beads.changes(), beads.queries()));
            return new WorkspaceDaemon(lock, beads, server, control, flusher, checkpoint);
        } catch (RuntimeException e) {
            if (flusher != null) {
                flusher.close();
            }
            checkpoint.close();
            if (beads != null) {
                beads.close();
            }
            lock.close();
            throw e;
        }
    }

    public Path socket() {
        return server.path();
    }

    /** Blocks until a client asks for {@code shutdown} (a signal ends the process through {@link #stop()}). */
    public void awaitShutdownRequest() throws InterruptedException {
        control.awaitShutdownRequest();
    }

    /** Stops serving: answers the requests in flight, removes the socket, closes the workspace, then the lock. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop(GRACE);
            flusher.close();
            beads.sync().flushIfDirty();
        } finally {
            checkpoint.close();
            try {
                beads.close();
            } finally {
                lock.close();
            }
        }
    }
}
