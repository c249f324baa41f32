package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command on a fresh clone: no jar yet, so {@code bin/bd} builds the project with the Maven
 * wrapper (progress on stderr), then runs the demo. Clones the committed HEAD of this repository.
 */
class FreshCloneQuickstartIT {
    @TempDir
    Path tmp;

    @Test
    void freshClone_buildsOnFirstUse_andRunsTheQuickstart() throws Exception {
        Path root = Launcher.repoRoot();
        assumeThat(root.resolve(".git")).as("a git checkout").exists();
        Map<String, String> env = Launcher.environment(tmp);
        Path clone = tmp.resolve("clone");
        ProcessRun cloned =
                ProcessRun.of(List.of("git", "clone", "-q", root.toString(), clone.toString()), tmp, env, 120);
        assertThat(cloned.exitCode()).as(cloned.toString()).isZero();
        assertThat(clone.resolve("beads-cli/target")).doesNotExist();
        String command = ReadmeQuickstartIT.quickstartLine(Files.readString(clone.resolve("README.md")));

        ProcessRun run = ProcessRun.of(List.of("bash", "-c", command), clone, env, 900);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).contains("bd: building beads").contains("bd: built.");
        assertThat(run.stdout()).contains("Ready work (", "Blocked issues (1):", "No blocked issues");
        ProcessRun again = ProcessRun.of(List.of("bash", "-c", "bin/bd version"), clone, env, 120);
        assertThat(again.stderr()).as("no second build").doesNotContain("building");
    }
}
