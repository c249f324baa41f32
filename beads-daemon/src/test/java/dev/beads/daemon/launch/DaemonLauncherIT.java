package dev.beads.daemon.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Workspace;
import dev.beads.runtime.Beads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's failure path with a real process: a daemon that cannot start is reported, with its log. */
class DaemonLauncherIT {
    @TempDir
    Path tmp;

    @Test
    void aDaemonThatExitsAtOnce_isAFailureNamingTheLog_andTheLogSaysWhy() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "bd").close();
        Workspace workspace = Workspace.at(root);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
        env.remove("BEADS_SOCKET_PATH");

        LaunchResult result = new DaemonLauncher("no.such.MainClass")
                .ensureRunning(workspace, env, Duration.ofSeconds(60), List.of());

        assertThat(result).isInstanceOf(LaunchResult.Failed.class);
        LaunchResult.Failed failed = (LaunchResult.Failed) result;
        assertThat(failed.reason())
                .startsWith("the daemon exited with status 1 before it answered: see ")
                .endsWith(root.resolve(".beads/daemon.log").toString());
        assertThat(failed.log()).isEqualTo(root.resolve(".beads/daemon.log"));
        assertThat(Files.readString(failed.log())).contains("no.such.MainClass");
    }

    @Test
    void theCommandLine_runsDaemonRunOnTheWorkspacesDatabase_inASessionOfItsOwn() {
        Workspace workspace = Workspace.at(tmp);
        DaemonCommandLine line = DaemonCommandLine.forThisJvm(
                "dev.beads.cli.Main", workspace, Map.of("BD_DAEMON_JAVA_OPTS", " -Dx=1  -Dy=2 "), List.of("--a=b"));
        List<String> cmd = line.command();
        assertThat(cmd.get(0)).endsWith("setsid");
        assertThat(cmd)
                .containsSubsequence(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC",
                        "-Dx=1",
                        "-Dy=2",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.beads.cli.Main",
                        "--db",
                        tmp.resolve(".beads/beads.db").toString(),
                        "daemon",
                        "run",
                        "--a=b");
    }
}
