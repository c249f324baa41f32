package dev.beads.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real {@code git} and the real {@code bin/bd} (on PATH as {@code bd}, as git's merge driver and hooks call it),
 * in an isolated environment: a private HOME and git configuration, a fixed author.
 */
final class RealGit {
    private final Map<String, String> env;
    private final Path bd;

    RealGit(Path tmp, TestWorkspace ws) throws Exception {
        Map<String, String> merged = new HashMap<>(Launcher.environment(tmp));
        merged.putAll(ws.environment());
        merged.put("PATH", Launcher.binDir(tmp) + ":/usr/local/bin:/usr/bin:/bin");
        merged.put("BEADS_NO_DAEMON", "1");
        this.env = Map.copyOf(merged);
        // ProcessBuilder looks a bare name up on this JVM's PATH, not the child's: bd by its path.
        this.bd = Launcher.binDir(tmp).resolve("bd");
    }

    Map<String, String> environment() {
        return env;
    }

    ProcessRun bd(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(bd.toString());
        command.addAll(List.of(args));
        return ProcessRun.of(command, dir, env, 120);
    }

    ProcessRun git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        return ProcessRun.of(command, dir, env, 120);
    }

    /** {@code git args} that must succeed; its stdout. */
    String ok(Path dir, String... args) throws Exception {
        ProcessRun run = git(dir, args);
        assertThat(run.exitCode()).as("git %s\n%s", String.join(" ", args), run).isZero();
        return run.stdout();
    }

    /** {@code bd args} that must succeed; its stdout. */
    String bdOk(Path dir, String... args) throws Exception {
        ProcessRun run = bd(dir, args);
        assertThat(run.exitCode()).as("bd %s\n%s", String.join(" ", args), run).isZero();
        return run.stdout();
    }
}
