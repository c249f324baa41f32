package dev.beads.testkit;

import java.util.List;

/**
 * What one {@code git} command did.
 *
 * @param command the arguments after {@code git}
 * @param exitCode the process exit code
 * @param stdout standard output, trailing newlines trimmed
 * @param stderr standard error, trailing newlines trimmed
 */
public record GitResult(List<String> command, int exitCode, String stdout, String stderr) {
    public GitResult {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** This result when it succeeded; otherwise an {@link IllegalStateException} quoting stderr. */
    public GitResult orThrow() {
        if (!succeeded()) {
            throw new IllegalStateException("git " + String.join(" ", command) + " exited with " + exitCode + ": "
                    + (stderr.isEmpty() ? stdout : stderr));
        }
        return this;
    }
}
