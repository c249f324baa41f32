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

    /** A starter that serves the workspace in this JVM when asked (or fails, saying so), and counts the calls. */
    private static final class InJvmStarter implements DaemonStarter {
        private final boolean works;
        private final java.util.List<ClockedDaemon> started = new java.util.ArrayList<>();
        int calls;

        InJvmStarter(boolean works) {
            this.works = works;
        }

        @Override
        public boolean autoStartEnabled(Workspace workspace, Map<String, String> env) {
            return !"false".equals(env.get("BEADS_AUTO_START_DAEMON"));
        }

        @Override
        public java.util.Optional<String> start(Workspace workspace, Path socket, Map<String, String> env) {
            calls++;
            awaitGone(socket); // a daemon asked to stop releases the socket first (the real launcher probes it)
            if (!works) {
                return java.util.Optional.of("the daemon exited with status 1 before it answered");
            }
            started.add(ClockedDaemon.serve(workspace, Clock.system()));
            return java.util.Optional.empty();
        }

        @Override
        public Path log(Workspace workspace) {
            return workspace.beadsDir().resolve("daemon.log");
        }

        private static void awaitGone(Path socket) {
            for (int i = 0; i < 500; i++) {
                java.util.Optional<dev.beads.adapters.rpc.client.RpcConnection> c =
                        dev.beads.adapters.rpc.client.SocketClient.connect(socket);
                if (c.isEmpty()) {
                    return;
                }
                try {
                    c.get().close();
                    Thread.sleep(10);
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            throw new AssertionError("the old daemon still answers on " + socket);
        }

        void stopAll() {
            started.forEach(ClockedDaemon::close);
        }
    }

    private InProcess bd(Path cwd, DaemonStarter starter) {
        return new InProcess(
                cwd,
                new AutoSessionFactory(
                        BdVersion.version(), starter, new PrintStream(notices, true, StandardCharsets.UTF_8)));
    }

    @Test
    void noDaemon_andAutoStartOn_startsOne_andUsesIt() {
        Path root = tmp.resolve("w");
        init(Files.exists(root) ? root : mkdirs(root));
        InJvmStarter starter = new InJvmStarter(true);
        try {
            assertThat(bd(root, starter).run("info", "--json").stdout()).contains("\"mode\": \"daemon\"");
            assertThat(bd(root, starter).run("ready", "--json").exitCode()).isZero();
            assertThat(starter.calls).as("started once, then used").isEqualTo(1);
            assertThat(notices.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            starter.stopAll();
        }
        assertThat(bd(root, starter)
                        .env("BEADS_AUTO_START_DAEMON", "false")
                        .run("info", "--json")
                        .stdout())
                .as("auto-start off: Go keeps connect_failed")
                .contains("\"daemon_fallback_reason\": \"connect_failed\"");
        assertThat(starter.calls).isEqualTo(1);
    }

    @Test
    void aStartThatFails_runsTheCommandInProcess_withOneLineNamingTheReasonAndTheLog() {
        Path root = mkdirs(tmp.resolve("w"));
        init(root);
        InProcess.Result r = bd(root, new InJvmStarter(false)).run("create", "Still written", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(notices.toString(StandardCharsets.UTF_8))
                .isEqualTo("bd: could not start the daemon: the daemon exited with status 1 before it answered;"
                        + " running in-process (see " + root.resolve(".beads/daemon.log") + ")\n");
        notices.reset();
        assertThat(bd(root, new InJvmStarter(false)).run("info", "--json").stdout())
                .contains(
                        "\"daemon_fallback_reason\": \"auto_start_failed\"", "\"daemon_detail\": \"the daemon exited");
    }

    @Test
    void aDaemonOfAnotherVersion_isAskedToShutDown_andReplaced() {
        Path root = mkdirs(tmp.resolve("w"));
        init(root);
        InJvmStarter starter = new InJvmStarter(true);
        ClockedDaemon running = ClockedDaemon.serve(Workspace.at(root), Clock.system(), "0.0.1-old");
        try {
            Thread stopper = new Thread(() -> {
                while (running.shutdownsAsked() == 0) {
                    Thread.onSpinWait();
                }
                running.close();
            });
            stopper.setDaemon(true);
            stopper.start();
            InProcess.Result info = bd(root, starter).run("info", "--json");
            assertThat(info.stdout())
                    .as(info.toString())
                    .contains("\"mode\": \"daemon\"", "\"daemon_version\": \"" + BdVersion.version() + "\"");
            assertThat(running.shutdownsAsked()).isEqualTo(1);
            assertThat(starter.calls).isEqualTo(1);
        } finally {
            running.close();
            starter.stopAll();
        }
    }

    @Test
    void aDaemonThatAcceptsButNeverAnswers_doesNotHangTheCommand() throws Exception {
        Path root = mkdirs(tmp.resolve("w"));
        init(root);
        Path socket = root.resolve(".beads/bd.sock");
        try (java.nio.channels.ServerSocketChannel hung =
                java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            hung.bind(java.net.UnixDomainSocketAddress.of(socket));
            InProcess.Result info = bd(root).run("info", "--json");
            assertThat(info.exitCode()).as(info.toString()).isZero();
            assertThat(info.stdout()).contains("\"daemon_fallback_reason\": \"health_failed\"");
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
