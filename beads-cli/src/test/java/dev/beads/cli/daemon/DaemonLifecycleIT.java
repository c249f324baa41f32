package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.daemon.launch.DaemonProbe;
import dev.beads.runtime.Beads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon's life as real processes (issue 10, must-show 2, the daemon's half): {@code bd daemon start} detaches
 * through the launcher, concurrent starters give one daemon, a daemon killed with -9 is cleaned up after, SIGTERM
 * cleans up, idle and deleted workspaces end their daemon, the registry forgets dead daemons, long paths work.
 */
class DaemonLifecycleIT {
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();
    private static final Pattern STARTED = Pattern.compile("Daemon started \\(PID (\\d+)\\)");

    private Path tmp;
    private Path root;
    private Map<String, String> env;
    private final List<Long> pids = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bdl"); // short: the socket path must fit sun_path
        root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "bd").close();
        env = Launcher.environment(tmp);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        }
        ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), Map.of(), 30);
    }

    private ProcessRun bd(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BD));
        cmd.addAll(List.of(args));
        return ProcessRun.of(cmd, cwd, env, 120);
    }

    private long start(Path cwd, String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("daemon", "start"));
        args.addAll(List.of(flags));
        ProcessRun run = bd(cwd, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Matcher m = STARTED.matcher(run.stdout());
        assertThat(m.find()).as(run.stdout()).isTrue();
        long pid = Long.parseLong(m.group(1));
        pids.add(pid);
        return pid;
    }

    private Path beads() {
        return root.resolve(".beads");
    }

    private static boolean awaitExit(long pid, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private String log() throws IOException {
        return Files.readString(beads().resolve("daemon.log"), StandardCharsets.UTF_8);
    }

    @Test
    void start_detaches_writesPidAndRegistry_andStopRemovesThem() throws Exception {
        long pid = start(root);

        assertThat(Files.readString(beads().resolve("daemon.pid")).strip()).isEqualTo(String.valueOf(pid));
        assertThat(DaemonProbe.answers(beads().resolve("bd.sock"), Duration.ofSeconds(5)))
                .isTrue();
        // detached: a session of its own, so the terminal's hang-up and Ctrl-C do not reach it
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertThat(fields[3]).as("session id").isEqualTo(String.valueOf(pid));
        ProcessRun status = bd(root, "daemon", "status", "--json");
        assertThat(status.stdout()).contains("\"running\": true").contains("\"pid\": " + pid);
        ProcessRun list = bd(root, "daemons", "list", "--json");
        assertThat(list.stdout()).contains("\"PID\": " + pid).contains("\"WorkspacePath\": \"" + root + "\"");

        ProcessRun stop = bd(root, "daemon", "stop");
        assertThat(stop.stdout()).contains("Daemon stopped");
        assertThat(awaitExit(pid, 30)).isTrue();
        assertThat(beads().resolve("bd.sock")).doesNotExist();
        assertThat(beads().resolve("daemon.pid")).doesNotExist();
        assertThat(bd(root, "daemons", "list", "--json").stdout().strip()).isEqualTo("null"); // Go's nil slice
        assertThat(log()).contains("state stopped -> starting", "-> running", "state cleanup -> stopped");
        assertThat(bd(root, "daemon", "status").stdout()).contains("Daemon is not running");
    }

    @Test
    void concurrentStarters_giveExactlyOneDaemon() throws Exception {
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<ProcessRun>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(pool.submit(() -> bd(root, "daemon", "start")));
        }
        int started = 0;
        int alreadyRunning = 0;
        for (Future<ProcessRun> f : runs) {
            ProcessRun run = f.get();
            Matcher m = STARTED.matcher(run.stdout());
            if (m.find()) {
                started++;
                pids.add(Long.parseLong(m.group(1)));
            } else {
                assertThat(run.stderr()).as(run.toString()).contains("daemon already running");
                alreadyRunning++;
            }
        }
        pool.shutdown();

        assertThat(started).isEqualTo(1);
        assertThat(alreadyRunning).isEqualTo(n - 1);
        // the starter lock let one starter spawn: one daemon process ever started
        assertThat(log().split("state stopped -> starting", -1)).hasSize(2);
        bd(root, "daemon", "stop");
        assertThat(awaitExit(pids.get(0), 30)).isTrue();
    }

    @Test
    void killedWith9_theNextStartCleansTheStaleSocketAndPid_andTheRegistryForgetsIt() throws Exception {
        long first = start(root);
        Path registry = tmp.resolve(".state/beads/daemons");
        assertThat(Files.list(registry).toList()).hasSize(1);
        ProcessHandle.of(first).orElseThrow().destroyForcibly();
        assertThat(awaitExit(first, 30)).isTrue();
        assertThat(Files.exists(beads().resolve("bd.sock"), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
        assertThat(beads().resolve("daemon.pid")).exists();

        assertThat(bd(root, "daemon", "status", "--json").stdout()).contains("\"running\": false");
        assertThat(bd(root, "daemons", "list", "--json").stdout().strip()).isEqualTo("null"); // Go's nil slice
        assertThat(Files.list(registry).toList()).isEmpty(); // pruned: its lock was free

        ProcessRun again = bd(root, "daemon", "start", "--json");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("\"cleaned_stale\": true");
        long second = Long.parseLong(again.stdout().replaceAll("(?s).*\"pid\": (\\d+).*", "$1"));
        pids.add(second);
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(beads().resolve("daemon.pid")).strip()).isEqualTo(String.valueOf(second));
        assertThat(DaemonProbe.answers(beads().resolve("bd.sock"), Duration.ofSeconds(5)))
                .isTrue();
        bd(root, "daemon", "stop");
    }

    @Test
    void sigterm_removesSocketAndPid() throws Exception {
        long pid = start(root);
        ProcessHandle.of(pid).orElseThrow().destroy(); // SIGTERM
        assertThat(awaitExit(pid, 30)).isTrue();
        assertThat(Files.exists(beads().resolve("bd.sock"), LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        assertThat(beads().resolve("daemon.pid")).doesNotExist();
        assertThat(log()).contains("state stopping -> cleanup", "state cleanup -> stopped");
    }

    @Test
    void idleTimeout_stopsAnUnusedDaemon() throws Exception {
        long pid = start(root, "--idle-timeout=2s");
        assertThat(awaitExit(pid, 30)).isTrue();
        assertThat(log()).contains("stopping: idle for 2s (daemon.idle_timeout)", "state cleanup -> stopped");
        assertThat(beads().resolve("daemon.pid")).doesNotExist();
    }

    @Test
    void deletedWorkspace_itsDaemonExits() throws Exception {
        long pid = start(root);
        ProcessRun.of(List.of("rm", "-rf", beads().toString()), root, Map.of(), 30);
        assertThat(awaitExit(pid, 20))
                .as("daemon of a deleted .beads still running")
                .isTrue();
    }

    @Test
    void movedWorkspace_itsDaemonExits() throws Exception {
        long pid = start(root);
        Files.move(beads(), root.resolve(".beads-moved"));
        assertThat(awaitExit(pid, 20))
                .as("daemon of a moved .beads still running")
                .isTrue();
        assertThat(Files.readString(root.resolve(".beads-moved/daemon.log")))
                .contains("was deleted or moved", "state cleanup -> stopped");
    }

    @Test
    void aWorkspacePathOf150Characters_works() throws Exception {
        Path deep = tmp;
        int need = 150 - tmp.toString().length() - "/w".length();
        while (need > 41) {
            deep = deep.resolve("d".repeat(40));
            need -= 41;
        }
        Path longRoot = deep.resolve("d".repeat(need - 1)).resolve("w");
        assertThat(longRoot.toString()).hasSize(150);
        Files.createDirectories(longRoot);
        Beads.init(longRoot, "bd").close();
        long pid = start(longRoot);
        ProcessRun status = bd(longRoot, "daemon", "status", "--json");
        assertThat(status.stdout()).contains("\"pid\": " + pid).contains("\"state\": \"running\"");
        assertThat(status.stdout())
                .doesNotContain(longRoot.resolve(".beads/bd.sock").toString()); // the short path
        bd(longRoot, "daemon", "stop");
        assertThat(awaitExit(pid, 30)).isTrue();
    }
}
