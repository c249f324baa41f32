package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through {@code bin/bd}, as beads' MCP server runs it (bd_client.py: the command, then {@code --json}, with
 * {@code BEADS_DB} set when no {@code BEADS_DIR} is): Go bd v0.39.1's environment variable and flags.
 */
class BeadsDbEnvIT {
    @TempDir
    Path tmp;

    @Test
    void beadsDbFromOutsideTheWorkspace_andGoClientFlags_work() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Map<String, String> env = Launcher.environment(tmp);
        String bd = Launcher.binDir(tmp).resolve("bd").toString();
        assertThat(ProcessRun.of(List.of(bd, "init", "--prefix", "demo"), ws, env, 120)
                        .exitCode())
                .isZero();
        ProcessRun epic = ProcessRun.of(List.of(bd, "create", "Epic", "-t", "epic", "--json"), ws, env, 120);
        String epicId = epic.stdout().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
        ProcessRun child =
                ProcessRun.of(List.of(bd, "create", "Child task", "--parent", epicId, "--json"), ws, env, 120);
        assertThat(child.exitCode()).as(child.toString()).isZero();

        Map<String, String> withDb = new java.util.HashMap<>(env);
        withDb.put("BEADS_DB", ws.resolve(".beads/beads.db").toString());
        ProcessRun ready = ProcessRun.of(
                List.of(bd, "ready", "--parent", epicId, "--no-auto-flush", "--no-auto-import", "--json"),
                elsewhere,
                withDb,
                120);
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        assertThat(ready.stdout()).contains("Child task").doesNotContain("\"dependencies\"");
        ProcessRun list = ProcessRun.of(List.of(bd, "list", "--title", "child", "--json"), elsewhere, withDb, 120);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.stdout()).contains("Child task").doesNotContain("\"Epic\"");

        ProcessRun without = ProcessRun.of(List.of(bd, "list", "--json"), elsewhere, env, 120);
        assertThat(without.exitCode()).isEqualTo(3);
        assertThat(without.stdout()).isEmpty();

        ProcessRun version = ProcessRun.of(List.of(bd, "version"), elsewhere, env, 120);
        assertThat(version.stdout()).startsWith("bd version 0.39.1 (beads-jvm ");
    }
}
