package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Daemons;
import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's must-show 2, the client's half, with real {@code bin/bd} processes and auto-start on: a command with
 * no daemon starts one; ten at once give one daemon and all ten writes; after {@code kill -9} of the daemon the
 * next command recovers and nothing acknowledged is lost; a daemon of another version is replaced; a linked
 * worktree runs in-process. Every test stops the daemons it caused ({@link #tearDown}).
 */
class AutoStartIT {
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();

    private Path tmp;
    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bda"); // short: the socket path must fit sun_path
        root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "as").close();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            Daemons.stop(Daemons.servingUnder(tmp));
        } finally {
            ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), Map.of(), 30);
        }
    }

    @Test
    void aCommandWithNoDaemon_startsOne_andIsServedByIt() throws Exception {
        ProcessRun created = bd(root, "create", "First", "--json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.stderr()).as("nothing to say when the start works").isEmpty();
        assertThat(Daemons.servingUnder(tmp)).hasSize(1);
        assertThat(bd(root, "info", "--json").stdout()).contains("\"mode\": \"daemon\"");
        assertThat(Files.readString(root.resolve(".beads/issues.jsonl"))).contains("\"title\":\"First\"");
    }

    @Test
    void tenCommandsAtOnce_withNoDaemon_giveOneDaemon_andAllTenWrites() throws Exception {
        List<Process> running = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path out = tmp.resolve("out" + i);
            outputs.add(out);
            running.add(start(root, out, "create", "Concurrent " + i, "--json"));
        }
        for (int i = 0; i < 10; i++) {
            assertThat(running.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(running.get(i).exitValue())
                    .as(Files.readString(outputs.get(i)))
                    .isZero();
        }
        assertThat(Daemons.servingUnder(tmp))
                .as("daemons serving the workspace")
                .hasSize(1);
        String jsonl = Files.readString(root.resolve(".beads/issues.jsonl"));
        for (int i = 0; i < 10; i++) {
            assertThat(jsonl).contains("\"title\":\"Concurrent " + i + "\"");
        }
        assertThat(bd(root, "count", "--json").stdout()).contains("\"count\": 10");
    }

    @Test
    void afterKill9OfTheDaemon_theNextCommandRecovers_andNoAcknowledgedWriteIsLost() throws Exception {
        assertThat(bd(root, "create", "Before the crash", "-q").exitCode()).isZero();
        List<Long> first = Daemons.servingUnder(tmp);
        assertThat(first).hasSize(1);
        ProcessHandle daemon = ProcessHandle.of(first.get(0)).orElseThrow();
        assertThat(ProcessRun.of(List.of("kill", "-9", String.valueOf(daemon.pid())), root, Map.of(), 10)
                        .exitCode())
                .isZero();
        daemon.onExit().get(10, TimeUnit.SECONDS);
        assertThat(root.resolve(".beads/bd.sock"))
                .as("the dead daemon's socket")
                .exists();

        ProcessRun after = bd(root, "create", "After the crash", "--json");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        List<Long> second = Daemons.servingUnder(tmp);
        assertThat(second).hasSize(1).doesNotContain(daemon.pid());
        ProcessRun list = bd(root, "list", "--json");
        assertThat(list.stdout()).contains("Before the crash", "After the crash");
        assertThat(Files.readString(root.resolve(".beads/issues.jsonl")))
                .contains("Before the crash", "After the crash");
    }

    @Test
    void aDaemonOfAnotherVersion_isAskedToStop_andReplaced() throws Exception {
        Process old = new ProcessBuilder(
                        javaBin(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OtherVersionDaemon.class.getName(),
                        root.toString(),
                        "0.0.1-old")
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("old.log").toFile())
                .start();
        try {
            Daemons.awaitSocket(root.resolve(".beads/bd.sock"), old);
            ProcessRun ready = bd(root, "ready", "--json");
            assertThat(ready.exitCode()).as(ready.toString()).isZero();
            assertThat(old.waitFor(20, TimeUnit.SECONDS))
                    .as("the old daemon stopped")
                    .isTrue();
            ProcessRun version = bd(root, "version", "--daemon", "--json");
            assertThat(version.exitCode()).as(version.toString()).isZero();
            assertThat(version.stdout()).contains("\"compatible\": true").doesNotContain("0.0.1-old");
        } finally {
            old.destroyForcibly();
        }
    }

    @Test
    void aLinkedWorktree_runsInProcess_andStartsNoDaemon() throws Exception {
        Path main = Files.createDirectory(tmp.resolve("m"));
        Map<String, String> env = environment();
        for (List<String> git : List.of(
                List.of("git", "init", "-q", "-b", "main"),
                List.of(
                        "git",
                        "-c",
                        "user.name=t",
                        "-c",
                        "user.email=t@example.com",
                        "commit",
                        "-q",
                        "--allow-empty",
                        "-m",
                        "start"),
                List.of("git", "worktree", "add", "-q", tmp.resolve("l").toString()))) {
            ProcessRun r = ProcessRun.of(git, main, env, 60);
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        Path linked = tmp.resolve("l");
        Beads.init(linked, "wt").close();
        ProcessRun first = bd(linked, "create", "In a worktree", "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stderr()).contains("running in-process in this git worktree");
        ProcessRun second = bd(linked, "info", "--json");
        assertThat(second.stdout()).contains("\"daemon_fallback_reason\": \"worktree_safety\"");
        assertThat(second.stderr()).as("said once").isEmpty();
        assertThat(Daemons.servingUnder(tmp)).isEmpty();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Map<String, String> environment() throws IOException {
        Map<String, String> env = new HashMap<>(Launcher.environment(tmp));
        env.remove("BEADS_AUTO_START_DAEMON");
        return env;
    }

    private ProcessRun bd(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BD));
        command.addAll(List.of(args));
        return ProcessRun.of(command, cwd, environment(), 120);
    }

    private Process start(Path cwd, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(BD));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment());
        return pb.start();
    }
}
