package dev.beads.cli.dual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.BdVersion;
import dev.beads.cli.InProcess;
import dev.beads.cli.ProcessRun;
import dev.beads.cli.session.AutoSessionFactory;
import dev.beads.cli.session.DaemonStarter;
import dev.beads.cli.session.DirectSessionFactory;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.Clock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which mode a command runs in, and what {@code bd info} says about it (Go bd v0.39.1 main.go:637-803), with a
 * daemon's server answering on the workspace's socket in this JVM.
 */
class ModeChoiceTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream notices = new ByteArrayOutputStream();

    private InProcess bd(Path cwd) {
        return new InProcess(
                cwd,
                new AutoSessionFactory(
                        BdVersion.version(),
                        DaemonStarter.NONE,
                        new PrintStream(notices, true, StandardCharsets.UTF_8)));
    }

    private static void init(Path root) {
        InProcess.Result init = new InProcess(root, new DirectSessionFactory()).run("init", "--prefix", "test");
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    @Test
    void aRunningDaemon_servesCommands_unlessTheyMustRunInProcess() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("w"));
        init(root);
        try (ClockedDaemon daemon = ClockedDaemon.serve(Workspace.at(root), Clock.system())) {
            assertThat(bd(root).run("info", "--json").stdout())
                    .contains("\"daemon_connected\": true", "\"mode\": \"daemon\"", "\"daemon_compatible\": true")
                    .contains("\"socket_path\": \"" + root.resolve(".beads/bd.sock") + "\"")
                    .doesNotContain("daemon_fallback_reason");
            for (List<String> flags : List.of(List.of("--no-daemon"), List.of("--sandbox"), List.of("--readonly"))) {
                String[] args = java.util.stream.Stream.concat(
                                flags.stream(), java.util.stream.Stream.of("info", "--json"))
                        .toArray(String[]::new);
                assertThat(bd(root).run(args).stdout())
                        .as("%s", flags)
                        .contains("\"daemon_connected\": false", "\"mode\": \"direct\"");
            }
            assertThat(bd(root).env("BEADS_NO_DAEMON", "1")
                            .run("info", "--json")
                            .stdout())
                    .contains("\"daemon_fallback_reason\": \"flag_no_daemon\"");
            assertThat(bd(root).run("--no-auto-flush", "info", "--json").stdout())
                    .contains("\"daemon_fallback_reason\": \"daemon_unsupported\"");
        }
        assertThat(bd(root).run("info", "--json").stdout())
                .as("no daemon, no auto-start")
                .contains("\"daemon_connected\": false", "\"daemon_fallback_reason\": \"connect_failed\"");
        assertThat(notices.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aLinkedWorktree_runsInProcess_andSaysSoOnce() throws Exception {
        Path main = Files.createDirectories(tmp.resolve("main"));
        git(main, "init", "-q", "-b", "main");
        git(main, "commit", "-q", "--allow-empty", "-m", "start");
        git(main, "worktree", "add", "-q", tmp.resolve("linked").toString());
        Path linked = tmp.resolve("linked");
        init(linked);
        try (ClockedDaemon daemon = ClockedDaemon.serve(Workspace.at(linked), Clock.system())) {
            InProcess.Result first = bd(linked).run("info", "--json");
            assertThat(first.stdout())
                    .contains("\"mode\": \"direct\"", "\"daemon_fallback_reason\": \"worktree_safety\"");
            assertThat(notices.toString(StandardCharsets.UTF_8)).contains("running in-process in this git worktree");
            notices.reset();
            assertThat(bd(linked).run("ready", "--json").exitCode()).isZero();
            assertThat(notices.toString(StandardCharsets.UTF_8)).as("said once").isEmpty();
        }
        init(main);
        try (ClockedDaemon daemon = ClockedDaemon.serve(Workspace.at(main), Clock.system())) {
            assertThat(bd(main).run("info", "--json").stdout())
                    .as("the main worktree is served")
                    .contains("\"mode\": \"daemon\"");
        }
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessRun r = ProcessRun.of(
                command,
                dir,
                Map.of(
                        "PATH", "/usr/local/bin:/usr/bin:/bin",
                        "HOME", dir.toString(),
                        "GIT_AUTHOR_NAME", "t",
                        "GIT_AUTHOR_EMAIL", "t@example.com",
                        "GIT_COMMITTER_NAME", "t",
                        "GIT_COMMITTER_EMAIL", "t@example.com"),
                60);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }
}
