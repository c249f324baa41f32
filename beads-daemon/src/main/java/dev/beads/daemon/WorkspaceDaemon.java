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
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One workspace served over its socket, through the lifecycle of {@link DaemonState}: Starting (take
 * {@code daemon.lock}) → Initializing (open the workspace, bind the socket, write the pid file, register) →
 * Running → Stopping (finish the requests in flight, close connections) → Cleanup (remove the socket, the pid file
 * and the registry entry, release the lock) → Stopped. Only the lock holder creates or removes the socket.
 * {@link Expiry} stops it when it has been idle for {@code daemon.idle_timeout} or its workspace is gone.
 */
public final class WorkspaceDaemon {
    private static final Duration GRACE = Duration.ofSeconds(30);
    /** How long a flush waits for more mutations to join it: the JSONL follows well within issue 9's 50 ms. */
    private static final Duration COALESCE = Duration.ofMillis(5);
    // A probe (bd daemons list, a starter checking for a dead daemon) holds the lock for microseconds: a daemon
    // that starts in that instant tries again before concluding that another daemon serves the workspace.
    private static final int LOCK_ATTEMPTS = 25;

    private final DaemonLock lock;
    private final Beads beads;
    private final RpcServer server;
    private final DaemonControl control;
    private final JsonlFlusher flusher;
    private final WalCheckpoint checkpoint;
    private final Lifecycle lifecycle;
    private final DaemonFiles files;
    private final Registration registration;
    private boolean stopped;

    private WorkspaceDaemon(
            DaemonLock lock,
            Beads beads,
            RpcServer server,
            DaemonControl control,
            JsonlFlusher flusher,
            WalCheckpoint checkpoint,
            Lifecycle lifecycle,
            DaemonFiles files,
            Registration registration) {
        this.flusher = flusher;
        this.checkpoint = checkpoint;
        this.lock = lock;
        this.beads = beads;
        this.server = server;
        this.control = control;
        this.lifecycle = lifecycle;
        this.files = files;
        this.registration = registration;
    }

    /** Takes the lock and serves with default settings, logging to {@code .beads/daemon.log} (for tests). */
    public static WorkspaceDaemon start(Workspace workspace, Map<String, String> env, String version) {
        return start(workspace, env, version, DaemonSettings.of(workspace.beadsDir(), env), DaemonLogs.open(workspace));
    }

    /**
     * Takes the workspace's lock, opens it and starts serving.
     *
     * @throws ConflictException when another daemon holds the lock
     * @throws dev.beads.core.error.BackendException when the workspace or the socket cannot be opened
     */
    public static WorkspaceDaemon start(
            Workspace workspace, Map<String, String> env, String version, DaemonSettings settings, DaemonLog log) {
        Lifecycle lifecycle = new Lifecycle(log);
        lifecycle.enter(DaemonState.STARTING, "pid " + ProcessHandle.current().pid() + ", " + workspace.root());
        DaemonLock lock = acquire(workspace);
        lifecycle.enter(
                DaemonState.INITIALIZING, "holding " + workspace.beadsDir().resolve(DaemonLock.FILE));
        Beads beads = null;
        DaemonFiles files = DaemonFiles.of(workspace.beadsDir(), env);
        JsonlFlusher flusher = null;
        WalCheckpoint checkpoint = new WalCheckpoint(workspace.database());
        try {
            Path socket = files.socket();
            if (SocketPaths.isShortPath(socket)) {
                SocketPaths.preparePrivateDirectory(socket.getParent());
            }
            boolean leftOver = java.nio.file.Files.exists(socket, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || java.nio.file.Files.exists(files.pidFile());
            beads = Beads.open(workspace);
            beads.sync().importIfChanged();
            flusher = new JsonlFlusher(beads.sync(), COALESCE, checkpoint).start();
            DaemonControl control = new DaemonControl(version, workspace, socket, beads.sync(), flusher, lifecycle);
            DrivingPorts ports = new DrivingPorts(beads.issues(), beads.queries(), beads.config(), beads.sync());
            Dispatcher dispatcher = new Dispatcher(ports, JsonlCodecs.create(), control);
            RpcServer server = RpcServer.start(
                    socket,
                    dispatcher,
                    ServerOptions.DEFAULTS,
                    new ChangeNotifications(beads.changes(), beads.queries()));
            files.writePid(ProcessHandle.current().pid()); // replaces a dead daemon's, as the server its socket
            if (leftOver) {
                log.info("replaced the socket and pid file of a daemon that died without cleaning up");
            }
            Registration registration = Registration.register(workspace, files, version, env, log);
            WorkspaceDaemon daemon = new WorkspaceDaemon(
                    lock, beads, server, control, flusher, checkpoint, lifecycle, files, registration);
            lifecycle.enter(DaemonState.RUNNING, "serving on " + socket);
            Expiry.start(daemon, settings.idleTimeout(), workspace.beadsDir());
            return daemon;
        } catch (RuntimeException | java.io.IOException e) {
            log.error("could not start: " + e.getMessage());
            if (flusher != null) {
                flusher.close();
            }
            checkpoint.close();
            if (beads != null) {
                beads.close();
            }
            lock.close();
            lifecycle.enter(DaemonState.STOPPED, "start failed");
            throw e instanceof RuntimeException r
                    ? r
                    : new dev.beads.core.error.BackendException(
                            "cannot write " + files.pidFile() + ": " + e.getMessage(), e);
        }
    }

    private static DaemonLock acquire(Workspace workspace) {
        for (int attempt = 1; ; attempt++) {
            Optional<DaemonLock> lock = DaemonLock.tryAcquire(workspace.beadsDir());
            if (lock.isPresent()) {
                return lock.get();
            }
            if (attempt == LOCK_ATTEMPTS) {
                throw new ConflictException("a daemon already serves " + workspace.root()
                        + ": stop it with bd daemon stop, or use it as it is");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("interrupted while taking the lock of " + workspace.root());
            }
        }
    }

    public Path socket() {
        return server.path();
    }

    /** The lifecycle state now. */
    public DaemonState state() {
        return lifecycle.state();
    }

    int activeConnections() {
        return server.activeConnections();
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Blocks until a client asks for {@code shutdown}, or the daemon expires (idle, workspace gone). */
    public void awaitShutdownRequest() throws InterruptedException {
        control.awaitShutdownRequest();
    }

    /** Asks the daemon to stop, as a {@code shutdown} request does ({@link #awaitShutdownRequest} returns). */
    void requestShutdown(String why) {
        lifecycle.log().info("stopping: " + why);
        control.shutdown();
    }

    /**
     * Stops serving: answers the requests in flight, removes the socket, the pid file and the registry entry,
     * closes the workspace, then releases the lock. Idempotent.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        lifecycle.enter(DaemonState.STOPPING, "finishing the requests in flight");
        try {
            server.stop(GRACE);
            flusher.close();
            flushQuietly();
        } finally {
            lifecycle.enter(DaemonState.CLEANUP, "removing the socket and pid file");
            checkpoint.close();
            try {
                beads.close();
            } finally {
                files.removeSocketAndPid();
                registration.remove();
                lock.close();
                lifecycle.enter(DaemonState.STOPPED, "");
            }
        }
    }

    // A workspace that was deleted has nowhere to write its JSONL: that is logged, not thrown.
    private void flushQuietly() {
        try {
            beads.sync().flushIfDirty();
        } catch (RuntimeException e) {
            lifecycle.log().warn("could not write the JSONL while stopping: " + e.getMessage());
        }
    }
}
