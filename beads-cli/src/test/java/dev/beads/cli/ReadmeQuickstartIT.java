package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command for a newcomer, run exactly as written from the repository root. */
class ReadmeQuickstartIT {
    @TempDir
    Path tmp;

    @Test
    void readmeQuickstartCommand_runsTheDemo() throws Exception {
        Path root = Launcher.repoRoot();
        String command = quickstartLine(Files.readString(root.resolve("README.md")));
        assertThat(command).startsWith("bin/bd quickstart");
        Map<String, String> env = Launcher.environment(tmp);
        ProcessRun run = ProcessRun.of(List.of("bash", "-c", command), root, env, 300);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String out = run.stdout();
        assertThat(out).contains("$ bd ready", "$ bd blocked", "Ready work (", "Blocked issues (1):");
        // After closing the blocker nothing is blocked any more and the API is ready.
        String after = out.substring(out.indexOf("$ bd close"));
        assertThat(after).contains("No blocked issues").contains("Build the API");
    }

    /** The {@code bin/bd quickstart …} line of the README's fresh-machine block, without its comment. */
    static String quickstartLine(String readme) {
        return readme.lines()
                .filter(l -> l.startsWith("bin/bd quickstart"))
                .findFirst()
                .map(l -> l.replaceFirst("\\s+#.*$", ""))
                .orElseThrow(() -> new AssertionError("README has no 'bin/bd quickstart' line"));
    }
}
