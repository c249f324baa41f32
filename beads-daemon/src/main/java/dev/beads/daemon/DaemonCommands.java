package dev.beads.daemon;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.core.error.BackendException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.daemon.launch.DaemonLauncher;
import dev.beads.daemon.launch.DaemonProbe;
import dev.beads.daemon.launch.DaemonStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bd daemon run} and {@code bd daemon stop}, as the CLI calls them (its {@code daemon} command loads this
 * class only when it runs, so no other command pays for the daemon's classes).
 */
public final class DaemonCommands {
    private static final long STOP_WAIT_MILLIS = 35_000;
    private static final Duration PROBE = Duration.ofSeconds(1);

    private DaemonCommands() {}

    /**
     * Serves {@code workspace} in the foreground until SIGTERM, SIGINT, a {@code shutdown} request or expiry (idle,
     * workspace gone); returns the exit code (0 after a clean stop). The lifecycle goes to {@code .beads/daemon.log};
     * in a terminal ({@code BD_DAEMON_DETACHED} unset) the start and the stop are also told on {@code err}.
     *
     * @param flags {@code bd daemon run}'s flags by name, for {@link DaemonSettings}
     */
    public static int run(
            Workspace workspace, Map<String, String> env, String version, Map<String, String> flags, PrintStream err) {
        DaemonSettings settings = DaemonSettings.of(workspace.beadsDir(), env, flags);
        Duration idle = settings.idleTimeout(); // a bad value is refused before anything starts
        DaemonLog log = DaemonLogs.open(workspace, settings.logLevel());
        boolean detached = "1".equals(env.get(DaemonLauncher.DETACHED_ENV));
        if (settings.problem() != null) {
            log.warn(settings.problem());
            if (!detached) {
                err.println("Warning: " + settings.problem());
            }
        }
        WorkspaceDaemon daemon;
        try {
            daemon = WorkspaceDaemon.start(workspace, env, version, settings, log);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        log.info("bd-jvm " + version + " on Java " + Runtime.version() + ", idle timeout "
                + (idle.isZero() ? "never" : ExpiryCheck.text(idle)));
        Thread onSignal = new Thread(daemon::stop, "bd-daemon-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        if (!detached) {
            err.println("bd daemon: serving " + workspace.root() + " on " + daemon.socket() + " (pid "
                    + ProcessHandle.current().pid() + ")");
        }
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
        log.close();
        if (!detached) {
            err.println("bd daemon: stopped");
        }
        return 0;
    }

    /**
     * What is known of the workspace's daemon: whether one lives (its lock is held), and what it says.
     *
     * @param running whether a daemon holds the workspace's lock
     * @param pid the pid file's number (0 when there is none)
     * @param started when the pid file was written (null when there is none)
     * @param status the daemon's own answer to {@code status}; empty when none answers (not running, or hung)
     */
    public record Report(
            boolean running, long pid, Instant started, Path log, Path socket, Optional<DaemonStatus> status) {}

    /** The workspace daemon's {@link Report}. */
    public static Report status(Workspace workspace, Map<String, String> env) {
        DaemonFiles files = DaemonFiles.of(workspace.beadsDir(), env);
        Optional<DaemonStatus> answer = DaemonProbe.status(files.socket(), PROBE);
        boolean running = answer.isPresent() || DaemonLock.isHeld(workspace.beadsDir());
        long pid = answer.map(DaemonStatus::pid)
                .filter(p -> p > 0)
                .or(files::readPid)
                .orElse(0L);
        Instant started = null;
        try {
            started = running ? Files.getLastModifiedTime(files.pidFile()).toInstant() : null;
        } catch (IOException e) {
            // no pid file: the start time stays unknown
        }
        return new Report(running, pid, started, files.logFile(), files.socket(), answer);
    }

    /**
     * Asks the workspace's daemon to shut down and waits until it has released its lock; a daemon that holds the
     * lock but does not answer is sent SIGTERM (its pid from the pid file, when that process is a bd daemon).
     *
     * @return the pid of the daemon stopped, or empty when none was running
     * @throws BackendException when it did not stop in time
     */
    public static Optional<Long> stop(Workspace workspace, Map<String, String> env) {
        return stop(DaemonFiles.of(workspace.beadsDir(), env), workspace.root().toString());
    }

    /**
     * As {@link #stop(Workspace, Map)}, for the daemon whose files are {@code files} (a registry entry's).
     *
     * @param name the workspace, for messages
     */
    public static Optional<Long> stop(DaemonFiles files, String name) {
        Optional<DaemonStatus> answer = DaemonProbe.status(files.socket(), PROBE);
        if (answer.isEmpty() && !DaemonLock.isHeld(files.beadsDir())) {
            StaleDaemonFiles.clean(files);
            return Optional.empty();
        }
        long pid = answer.map(DaemonStatus::pid)
                .filter(p -> p > 0)
                .or(files::readPid)
                .orElse(0L);
        Optional<RpcConnection> connection = answer.isEmpty() ? Optional.empty() : SocketClient.connect(files.socket());
        if (connection.isPresent()) {
            try (RpcConnection rpc = connection.get()) {
                rpc.call("shutdown", new JsonObjectBuilder().build());
            } catch (IOException | RuntimeException e) {
                // the daemon closes the connection as it stops
            }
        } else {
            terminate(pid);
        }
        awaitRelease(files.beadsDir(), name);
        return Optional.of(pid);
    }

    /**
     * Stops a daemon with Go bd's escalation for {@code bd daemons killall} (daemons.go): {@code shutdown} over the
     * socket and 2 s, then SIGTERM and 3 s, then (with {@code force}) SIGKILL and 1 s.
     *
     * @return empty when it stopped, else why not
     */
    public static Optional<String> stopEscalating(DaemonFiles files, long pid, boolean force) {
        Optional<RpcConnection> connection = Optional.empty();
        try {
            connection = SocketClient.connect(files.socket());
        } catch (RuntimeException e) {
            // no socket to ask: on to the signals
        }
        if (connection.isPresent()) {
            try (RpcConnection rpc = connection.get()) {
                rpc.call("shutdown", new JsonObjectBuilder().build());
            } catch (IOException | RuntimeException e) {
                // it closes the connection as it stops
            }
        }
        if (released(files.beadsDir(), 2000)) {
            return Optional.empty();
        }
        terminate(pid);
        if (released(files.beadsDir(), 3000)) {
            return Optional.empty();
        }
        if (!force) {
            return Optional.of("still running after shutdown and SIGTERM: use --force to send SIGKILL");
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return released(files.beadsDir(), 1000) ? Optional.empty() : Optional.of("still running after SIGKILL");
    }

    private static boolean released(Path beadsDir, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (Files.isDirectory(beadsDir) && DaemonLock.isHeld(beadsDir)) {
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

    // SIGTERM (ProcessHandle.destroy) only to a process that is a bd daemon: a pid file can outlive its process and
    // its number be reused by another.
    private static void terminate(long pid) {
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isPresent()
                && process.get()
                        .info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains("daemon run"))
                        .orElse(false)) {
            process.get().destroy();
        }
    }

    private static boolean awaitRelease(Path beadsDir, String name) {
        long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000L;
        while (Files.isDirectory(beadsDir) && DaemonLock.isHeld(beadsDir)) {
            if (System.nanoTime() > deadline) {
                throw new BackendException("the daemon of " + name + " did not stop within " + STOP_WAIT_MILLIS / 1000
                        + " s: see .beads/daemon.log; kill it if it hangs");
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
