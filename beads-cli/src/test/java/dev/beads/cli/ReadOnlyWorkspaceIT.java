package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .beads/} the user cannot write: a change fails with one clear line and exit 5 (backend), and nothing
 * changes. Root ignores permission bits, so as root bd runs as {@code nobody} (setpriv).
 */
class ReadOnlyWorkspaceIT {
    @TempDir
    Path tmp;

    @Test
    void readOnlyBeadsDir_refusesChanges_exit5_andChangesNothing() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> env = Launcher.environment(tmp);
        Path bd = Launcher.binDir(tmp).resolve("bd");
        assertThat(run(List.of(bd.toString(), "init", "--prefix", "test"), ws, env)
                        .exitCode())
                .isZero();
        assertThat(run(List.of(bd.toString(), "create", "Existing"), ws, env).exitCode())
                .isZero();
        String jsonl = Files.readString(ws.resolve(".beads/issues.jsonl"));
        String database =
                run(List.of(bd.toString(), "--sandbox", "export"), ws, env).stdout();
        makeReadOnly(ws.resolve(".beads"));

        ProcessRun create = run(asUnprivileged(List.of(bd.toString(), "create", "New issue")), ws, env);

        assertThat(create.exitCode()).as(create.toString()).isEqualTo(5);
        assertThat(create.stderr()).startsWith("Error: ");
        assertThat(create.stderr().lines()).as(create.toString()).hasSize(1);
        assertThat(create.stderr()).containsAnyOf("read-only", "readonly", "permission", "Permission");
        assertThat(create.stderr()).doesNotContain("\tat ");
        assertThat(Files.readString(ws.resolve(".beads/issues.jsonl"))).isEqualTo(jsonl);
        makeWritable(ws.resolve(".beads"));
        assertThat(run(List.of(bd.toString(), "--sandbox", "export"), ws, env).stdout())
                .isEqualTo(database);
    }

    private static ProcessRun run(List<String> command, Path cwd, Map<String, String> env) throws Exception {
        return ProcessRun.of(command, cwd, env, 120);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static final List<String> NOBODY =
            List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--");

    private List<String> asUnprivileged(List<String> command) throws Exception {
        if (!isRoot()) {
            return command;
        }
        assumeThat(Path.of("/usr/bin/setpriv")).as("setpriv, to drop root").exists();
        // The checkout must be reachable for another user (CI may clone into a private directory).
        List<String> probe = new ArrayList<>(NOBODY);
        probe.addAll(List.of(
                "/bin/sh",
                "-c",
                "test -x \"$0\" && test -r \"$1\"",
                Launcher.repoRoot().resolve("bin/bd").toString(),
                Launcher.repoRoot().resolve("beads-cli/target").toString()));
        assumeThat(ProcessRun.of(probe, tmp, Map.of("PATH", "/usr/bin:/bin"), 30)
                        .exitCode())
                .as("user nobody can run bin/bd from this checkout")
                .isZero();
        List<String> all = new ArrayList<>(NOBODY);
        all.addAll(command);
        return all;
    }

    private static void makeReadOnly(Path dir) throws Exception {
        chmod(dir, "r-xr-xr-x", "r--r--r--");
    }

    private static void makeWritable(Path dir) throws Exception {
        chmod(dir, "rwxr-xr-x", "rw-r--r--");
    }

    private static void chmod(Path dir, String dirs, String files) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? dirs : files));
            }
        }
    }
}
