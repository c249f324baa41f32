package dev.beads.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code git} command, run as Go bd runs it for its set-up steps ({@code git config}, {@code git rev-parse}): the
 * user's own git, configuration and hooks apply. Used only by the commands that set git up (init, hooks), so no
 * other command pays for it.
 */
final class GitProcess {
    /** What one run printed and how it ended. */
    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    private GitProcess() {}

    /** Runs {@code git args} in {@code dir}; a git that cannot be started is exit 127 with the reason. */
    static Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("git");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            // Small outputs only (config values, paths): reading one stream after the other cannot fill a pipe.
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), out.strip(), err.strip());
        } catch (IOException e) {
            return new Result(127, "", "cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "", "interrupted while running git");
        }
    }

    /** Whether {@code dir} is inside a git work tree (Go bd's isGitRepo: {@code git rev-parse --git-dir}). */
    static boolean isRepository(Path dir) {
        return run(dir, "rev-parse", "--git-dir").ok();
    }
}
