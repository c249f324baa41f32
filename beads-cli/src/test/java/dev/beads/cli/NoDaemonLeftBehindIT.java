package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.runtime.Beads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard finds a daemon started with this test JVM's tag while it runs, and not after it stopped. */
class NoDaemonLeftBehindIT {
    @Test
    void aDaemonStartedWithThisRunsTag_isFoundWhileItRuns() throws Exception {
        Path tmp = Files.createTempDirectory(Path.of("/tmp"), "bdg");
        Path root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "bd").close();
        Map<String, String> env = Launcher.environment(tmp);
        String bd = Launcher.repoRoot().resolve("bin/bd").toString();
        long pid = 0;
        try {
            ProcessRun start = ProcessRun.of(List.of(bd, "daemon", "start"), root, env, 120);
            assertThat(start.exitCode()).as(start.toString()).isZero();
            pid = Long.parseLong(
                    Files.readString(root.resolve(".beads/daemon.pid")).strip());
            long found = pid;
            assertThat(NoDaemonLeftBehind.ours())
                    .anySatisfy(p -> assertThat(p.pid()).isEqualTo(found));

            ProcessRun.of(List.of(bd, "daemon", "stop"), root, env, 120);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            assertThat(NoDaemonLeftBehind.ours())
                    .noneSatisfy(p -> assertThat(p.pid()).isEqualTo(found));
        } finally {
            if (pid != 0) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), Map.of(), 30);
        }
    }
}
