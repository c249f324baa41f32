package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bd daemons} over real daemons and a real registry (issue 10): Go's shapes, logs, stop, killall. */
class DaemonsCommandIT {
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();
    private static final Pattern STARTED = Pattern.compile("Daemon started \\(PID (\\d+)\\)");

    private Path tmp;
    private Map<String, String> env;
    private final List<Long> pids = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bdm");
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

    private Path workspace(String name) throws IOException {
        Path root = Files.createDirectory(tmp.resolve(name));
        Beads.init(root, "bd").close();
        return root;
    }

    private ProcessRun bd(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BD));
        cmd.addAll(List.of(args));
        return ProcessRun.of(cmd, cwd, env, 120);
    }

    private long start(Path root) throws Exception {
        ProcessRun run = bd(root, "daemon", "start");
        Matcher m = STARTED.matcher(run.stdout());
        assertThat(m.find()).as(run.toString()).isTrue();
        long pid = Long.parseLong(m.group(1));
        pids.add(pid);
        return pid;
    }

    private static boolean exited(long pid) throws Exception {
        java.util.Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isPresent()) {
            p.get().onExit().get(30, TimeUnit.SECONDS);
        }
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    @Test
    void listHealthStopAndKillall_overTwoWorkspaces() throws Exception {
        Path a = workspace("a");
        Path b = workspace("b");
        long pa = start(a);
        long pb = start(b);

        String list = bd(tmp, "daemons", "list", "--json").stdout();
        assertThat(list).contains("\"WorkspacePath\": \"" + a + "\"", "\"WorkspacePath\": \"" + b + "\"");
        assertThat(list).contains("\"PID\": " + pa, "\"PID\": " + pb, "\"Alive\": true");
        assertThat(bd(tmp, "daemons", "list").stdout()).contains("WORKSPACE", a.toString(), String.valueOf(pb));

        ProcessRun health = bd(tmp, "daemons", "health", "--json");
        assertThat(health.stdout())
                .contains("\"healthy\": true", "\"issues\": []", "\"total\": 2", "\"status\": \"healthy\"")
                .contains("\"pid\": " + pa, "\"uptime_seconds\": ");

        ProcessRun stop = bd(tmp, "daemons", "stop", String.valueOf(pa), "--json");
        assertThat(stop.stdout()).contains("\"workspace\": \"" + a + "\"", "\"pid\": " + pa, "\"stopped\": true");
        assertThat(exited(pa)).isTrue(); // it released its lock; the process ends right after
        assertThat(bd(tmp, "daemons", "stop", String.valueOf(pa)).stderr()).contains("daemon not found for " + pa);

        ProcessRun killall = bd(tmp, "daemons", "killall", "--json");
        assertThat(killall.stdout()).contains("\"stopped\": 1", "\"failed\": 0").doesNotContain("failures");
        ProcessHandle.of(pb).ifPresent(p -> p.onExit().join());
        assertThat(bd(tmp, "daemons", "list", "--json").stdout().strip()).isEqualTo("null");
        assertThat(bd(tmp, "daemons", "killall").stdout()).contains("No running daemons found");
    }

    @Test
    void logs_tailsAndFollows_andRestartStartsANewDaemon() throws Exception {
        Path a = workspace("a");
        long pid = start(a);
        Path log = a.resolve(".beads/daemon.log");

        ProcessRun two = bd(a, "daemons", "logs", ".", "-n", "2");
        List<String> all = Files.readAllLines(log);
        assertThat(two.stdout().lines().toList()).isEqualTo(all.subList(all.size() - 2, all.size()));
        assertThat(bd(a, "daemons", "logs", String.valueOf(pid), "--json").stdout())
                .contains(
                        "\"log_path\": \"" + log + "\"",
                        "\"content\": \"",
                        "state initializing -\\u003e running"); // Go's escaping

        ProcessBuilder pb = new ProcessBuilder(BD, "daemons", "logs", ".", "-f", "-n", "0")
                .directory(a.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process follow = pb.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(follow.getInputStream(), StandardCharsets.UTF_8))) {
            Thread.sleep(1500); // it has printed nothing (-n 0) and follows now
            Files.writeString(log, "a line appended by the test\n", StandardOpenOption.APPEND);
            assertThat(out.readLine()).isEqualTo("a line appended by the test");
        } finally {
            follow.destroy();
            follow.waitFor(10, TimeUnit.SECONDS);
        }

        ProcessRun restart = bd(a, "daemons", "restart", ".", "--json");
        assertThat(restart.stdout()).contains("\"action\": \"restarted\"");
        long second =
                Long.parseLong(Files.readString(a.resolve(".beads/daemon.pid")).strip());
        pids.add(second);
        assertThat(second).isNotEqualTo(pid);
        assertThat(exited(pid)).isTrue();
        bd(a, "daemon", "stop");
    }

    @Test
    void anUnwritableRegistry_onlyWarns() throws Exception {
        Path a = workspace("a");
        Path notADirectory = Files.writeString(tmp.resolve("state-file"), "x");
        env.put("XDG_STATE_HOME", notADirectory.toString());
        long pid = start(a);
        assertThat(Files.readString(a.resolve(".beads/daemon.log")))
                .contains("WARN cannot write the daemon registry", "serving anyway");
        assertThat(bd(a, "daemon", "status", "--json").stdout()).contains("\"pid\": " + pid);
        assertThat(bd(a, "daemons", "list", "--json").stdout().strip()).isEqualTo("null");
        bd(a, "daemon", "stop");
    }
}
