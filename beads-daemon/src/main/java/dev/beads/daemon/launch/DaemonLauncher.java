package dev.beads.daemon.launch;

import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonFiles;
import dev.beads.daemon.DaemonLock;
import dev.beads.daemon.StaleDaemonFiles;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a workspace's daemon when none answers (DESIGN §6 auto-start, maven-mvnd's spawn-then-poll): the one
 * starter that holds the starter lock spawns {@code bd daemon run} detached (a session of its own, stdin closed,
 * output appended to {@code .beads/daemon.log}) and waits for its socket to answer; concurrent starters wait for
 * that lock and then find the daemon answering. The daemon lock decides in any race left (a second daemon exits
 * at once). A socket nobody answers whose daemon lock is free is stale: removed before the spawn.
 */
public final class DaemonLauncher {
    /** How long {@code bd} waits for a daemon it started (DESIGN §6). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Set to 1 in a daemon this launcher started: its output is the log, so it does not echo to stderr. */
    public static final String DETACHED_ENV = "BD_DAEMON_DETACHED";

    private static final Duration PROBE = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 10;

    private final String mainClass;

    /** @param mainClass the class whose {@code main} is {@code bd} ({@code dev.beads.cli.Main}) */
    public DaemonLauncher(String mainClass) {
        this.mainClass = mainClass;
    }

    /**
     * Makes sure a daemon serves {@code workspace}, starting one when none answers, and waits at most
     * {@code timeout} for it.
     *
     * @param env the environment of the daemon to start (and where its socket is: {@code BEADS_SOCKET_PATH})
     * @param daemonArgs flags for {@code bd daemon run} ({@code --idle-timeout 10m}); empty for none
     */
    public LaunchResult ensureRunning(
            Workspace workspace, Map<String, String> env, Duration timeout, List<String> daemonArgs) {
        DaemonFiles files = DaemonFiles.of(workspace.beadsDir(), env);
        Optional<DaemonStatus> up = DaemonProbe.status(files.socket(), PROBE);
        if (up.isPresent()) {
            return new LaunchResult.Running(files.socket(), up.get(), false, false);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<DaemonLock> starter = awaitStarterLock(files, deadline);
        if (starter.isEmpty()) {
            return awaitOthers(files, deadline, false, null);
        }
        try (DaemonLock held = starter.get()) {
            up = DaemonProbe.status(files.socket(), PROBE);
            if (up.isPresent()) {
                return new LaunchResult.Running(files.socket(), up.get(), false, false);
            }
            if (DaemonLock.isHeld(files.beadsDir())) {
                return awaitOthers(files, deadline, false, null); // a daemon is starting, or hung
            }
            boolean cleaned = StaleDaemonFiles.clean(files);
            Process child;
            try {
                child = spawn(workspace, env, files, daemonArgs);
            } catch (IOException e) {
                return new LaunchResult.Failed("cannot start the daemon: " + e.getMessage(), files.logFile());
            }
            return awaitOthers(files, deadline, cleaned, child);
        }
    }

    private Process spawn(Workspace workspace, Map<String, String> env, DaemonFiles files, List<String> args)
            throws IOException {
        DaemonCommandLine line = DaemonCommandLine.forThisJvm(mainClass, workspace, env, args);
        ProcessBuilder pb = new ProcessBuilder(line.command())
                .directory(workspace.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.logFile().toFile()))
                .redirectErrorStream(true);
        Map<String, String> childEnv = pb.environment();
        childEnv.clear();
        childEnv.putAll(env);
        // glibc gives threads that allocate arenas of their own (64 MB of address space each, some of it resident);
        // one is enough for a daemon whose threads mostly wait (docs/BENCHMARKS.md).
        childEnv.putIfAbsent("MALLOC_ARENA_MAX", "1");
        childEnv.put(DETACHED_ENV, "1");
        return pb.start();
    }

    // Waits for the socket to answer: the daemon this call spawned (child), or another starter's.
    private static LaunchResult awaitOthers(DaemonFiles files, long deadline, boolean cleaned, Process child) {
        while (true) {
            Optional<DaemonStatus> up = DaemonProbe.status(files.socket(), PROBE);
            if (up.isPresent()) {
                return new LaunchResult.Running(files.socket(), up.get(), child != null, cleaned);
            }
            if (child != null && !child.isAlive() && !DaemonLock.isHeld(files.beadsDir())) {
                return new LaunchResult.Failed(
                        "the daemon exited with status " + child.exitValue() + " before it answered: see "
                                + files.logFile(),
                        files.logFile());
            }
            if (System.nanoTime() > deadline) {
                return new LaunchResult.Failed(
                        "the daemon did not answer on " + files.socket() + " within the time allowed: see "
                                + files.logFile(),
                        files.logFile());
            }
            sleep();
        }
    }

    private static Optional<DaemonLock> awaitStarterLock(DaemonFiles files, long deadline) {
        while (true) {
            Optional<DaemonLock> lock = DaemonLock.tryAcquireStarter(files.beadsDir());
            if (lock.isPresent()) {
                return lock;
            }
            if (DaemonProbe.answers(files.socket(), PROBE) || System.nanoTime() > deadline) {
                return Optional.empty();
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
