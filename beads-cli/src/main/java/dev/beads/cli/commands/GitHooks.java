package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.IoProblems;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * bd's git hooks as Go bd v0.39.1 installs them (cmd/bd/hooks.go, templates/hooks/*): four thin shims that run
 * {@code bd hooks run <name>}, so the hook's behaviour is always the installed bd's. Existing hooks are kept as
 * {@code <name>.backup} and restored on uninstall.
 */
final class GitHooks {
    /** Go's hook names, in its order. */
    static final List<String> NAMES = List.of("pre-commit", "post-merge", "pre-push", "post-checkout");

    private static final String SHIM_PREFIX = "# bd-shim ";
    private static final String VERSION_PREFIX = "# bd-hooks-version: ";

    private GitHooks() {}

    /** One hook's state, as Go's HookStatus. */
    record Status(String name, boolean installed, String version, boolean shim, boolean outdated) {}

    /** The shim for {@code name} (Go's template, with bd's own install hint). */
    static String shim(String name) {
        // Go's post-checkout shim skips silently: git runs it on every checkout.
        String missing = name.equals("post-checkout")
                ? "    # Silently skip - post-checkout is called frequently\n"
                : "    echo \"Warning: bd command not found in PATH, skipping " + name + " hook\" >&2\n"
                        + "    echo \"  Add bd to your PATH (beads-jvm: bin/bd)\" >&2\n";
        return "#!/bin/sh\n"
                + SHIM_PREFIX + "v1\n"
                + VERSION_PREFIX + BdVersion.COMPATIBLE_WITH + "\n"
                + "#\n"
                + "# bd (beads) " + name + " hook - thin shim\n"
                + "#\n"
                + "# This shim delegates to 'bd hooks run " + name + "' which contains\n"
                + "# the actual hook logic. This pattern ensures hook behavior is always\n"
                + "# in sync with the installed bd version - no manual updates needed.\n"
                + "\n"
                + "# Check if bd is available\n"
                + "if ! command -v bd >/dev/null 2>&1; then\n"
                + missing
                + "    exit 0\n"
                + "fi\n"
                + "\n"
                + "exec bd hooks run " + name + " \"$@\"\n";
    }

    /** Writes the four shims into {@code dir}; an existing hook is moved to {@code .backup} unless {@code force}. */
    static void install(Path dir) {
        install(dir, false);
    }

    static void install(Path dir, boolean force) {
        try {
            Files.createDirectories(dir);
            for (String name : NAMES) {
                Path hook = dir.resolve(name);
                if (Files.exists(hook) && !force) {
                    Files.move(hook, dir.resolve(name + ".backup"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Files.writeString(hook, shim(name), StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw IoProblems.failure("failed to install the git hooks in " + dir, e);
        }
    }

    /** Removes the four hooks from {@code dir}, restoring each one's backup when there is one. */
    static List<String> uninstall(Path dir) {
        List<String> warnings = new ArrayList<>();
        for (String name : NAMES) {
            Path hook = dir.resolve(name);
            try {
                if (!Files.deleteIfExists(hook)) {
                    continue;
                }
            } catch (IOException e) {
                throw IoProblems.failure("failed to remove " + name, e);
            }
            Path backup = dir.resolve(name + ".backup");
            if (Files.exists(backup)) {
                try {
                    Files.move(backup, hook);
                } catch (IOException e) {
                    warnings.add("failed to restore backup for " + name + ": " + IoProblems.describe(e));
                }
            }
        }
        return warnings;
    }

    /** The state of each hook in {@code dir} (Go's CheckGitHooks); {@code dir} null: not a git repository. */
    static List<Status> check(Path dir) {
        List<Status> statuses = new ArrayList<>();
        for (String name : NAMES) {
            statuses.add(dir == null ? new Status(name, false, "", false, false) : status(dir.resolve(name), name));
        }
        return statuses;
    }

    /** Go's getHookVersion: the first ten lines, the shim marker before the version marker. */
    private static Status status(Path hook, String name) {
        try (BufferedReader reader = Files.newBufferedReader(hook, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < 10 && (line = reader.readLine()) != null; n++) {
                if (line.startsWith(SHIM_PREFIX)) {
                    return new Status(
                            name, true, line.substring(SHIM_PREFIX.length()).strip(), true, false);
                }
                if (line.startsWith(VERSION_PREFIX)) {
                    String version = line.substring(VERSION_PREFIX.length()).strip();
                    boolean outdated = !version.isEmpty() && !version.equals(BdVersion.COMPATIBLE_WITH);
                    return new Status(name, true, version, false, outdated);
                }
            }
            return new Status(name, true, "", false, false);
        } catch (NoSuchFileException e) {
            return new Status(name, false, "", false, false);
        } catch (IOException e) {
            // Go: a hook that cannot be read counts as not installed.
            return new Status(name, false, "", false, false);
        }
    }

    /**
     * The directory git runs hooks from for {@code dir}'s repository ({@code git rev-parse --git-path hooks}: the
     * common git directory's {@code hooks} in a linked worktree, or {@code core.hooksPath}).
     *
     * @throws BackendException when {@code dir} is not in a git repository
     */
    static Path hooksDir(Path dir) {
        GitProcess.Result result = GitProcess.run(dir, "rev-parse", "--git-path", "hooks");
        if (!result.ok()) {
            throw new BackendException("not a git repository: " + dir + " (run git init first)");
        }
        return dir.resolve(result.out()).normalize();
    }
}
