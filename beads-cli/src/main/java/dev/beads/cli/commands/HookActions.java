package dev.beads.cli.commands;

import dev.beads.cli.CliEnvironment;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each hook does (Go bd v0.39.1 cmd/bd/hooks.go runPreCommitHook and the others), in-process: Go's hooks run
 * {@code bd sync --flush-only} and {@code bd sync --import-only} as child processes; here the hook is already a bd
 * process and does the flush or import itself. A failure is a warning and exit 0 (a hook never blocks a commit,
 * merge or checkout), except pre-push's refusal to push a JSONL that is not committed.
 */
final class HookActions {
    /** The JSONL files Go's hooks stage and check, relative to the work tree root. */
    private static final List<String> JSONL_FILES =
            List.of(".beads/beads.jsonl", ".beads/issues.jsonl", ".beads/deletions.jsonl", ".beads/interactions.jsonl");

    private final Path cwd;
    private final Output out;
    private final Supplier<Session> session;
    private final CliEnvironment env;

    HookActions(CliEnvironment env, Output out, Supplier<Session> session) {
        this.cwd = env.cwd();
        this.out = out;
        this.session = session;
        this.env = env;
    }

    int preCommit() {
        if (!isWorkspace() || syncBranch()) {
            return 0;
        }
        if (!flush()) {
            out.stderr().println("Warning: Failed to flush bd changes to JSONL");
            out.stderr().println("Run 'bd sync --flush-only' manually to diagnose");
        }
        for (String file : JSONL_FILES) {
            if (Files.exists(cwd.resolve(file))) {
                GitProcess.run(cwd, "add", file);
            }
        }
        return 0;
    }

    int postMerge() {
        return importAfter("merge");
    }

    /** git passes (previous HEAD, new HEAD, flag); flag 1 is a branch checkout, 0 a file checkout (skipped). */
    int postCheckout(List<String> args) {
        if (args.size() >= 3 && !args.get(2).equals("1")) {
            return 0;
        }
        return importAfter("checkout");
    }

    int prePush() {
        if (!isWorkspace() || env.getenv("BD_SYNC_IN_PROGRESS") != null || syncBranch()) {
            return 0;
        }
        flush();
        List<String> files = new ArrayList<>();
        for (String file : JSONL_FILES) {
            if (Files.exists(cwd.resolve(file))
                    || GitProcess.run(cwd, "ls-files", "--error-unmatch", file).ok()) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            return 0;
        }
        List<String> args = new ArrayList<>(List.of("status", "--porcelain", "--"));
        args.addAll(files);
        if (GitProcess.run(cwd, args.toArray(new String[0])).out().isEmpty()) {
            return 0;
        }
        out.stderr().println("❌ Error: Uncommitted changes detected");
        out.stderr().println();
        out.stderr().println("Before pushing, ensure all changes are committed. This includes:");
        out.stderr().println("  • bd JSONL updates (run 'bd sync')");
        out.stderr().println("  • any other modified files (run 'git status' to review)");
        out.stderr().println();
        out.stderr().println("Run 'bd sync' to commit these changes:");
        out.stderr().println();
        out.stderr().println("  bd sync");
        out.stderr().println();
        return 1;
    }

    private int importAfter(String what) {
        if (rebaseInProgress() || !isWorkspace() || !hasJsonl()) {
            return 0;
        }
        try {
            Ports ports = session.get().forRead();
            ports.sync().importIfChanged();
        } catch (BeadsException e) {
            out.stderr().println("Warning: Failed to sync bd changes after " + what);
            out.stderr().println(e.getMessage());
            out.stderr().println();
            out.stderr()
                    .println("Run 'bd import -i .beads/issues.jsonl' to see what is wrong, fix it, and run it again");
        }
        return 0;
    }

    /** Writes pending changes to the JSONL (importing a JSONL that changed first); false when that failed. */
    private boolean flush() {
        try {
            session.get().forRead().sync().flushIfDirty();
            return true;
        } catch (BeadsException e) {
            out.stderr().println(e.getMessage());
            return false;
        }
    }

    private boolean isWorkspace() {
        return Files.isDirectory(cwd.resolve(".beads"));
    }

    private boolean hasJsonl() {
        for (String file : JSONL_FILES) {
            if (Files.exists(cwd.resolve(file))) {
                return true;
            }
        }
        return false;
    }

    private boolean rebaseInProgress() {
        for (String state : List.of("rebase-merge", "rebase-apply")) {
            GitProcess.Result path = GitProcess.run(cwd, "rev-parse", "--git-path", state);
            if (path.ok() && Files.exists(cwd.resolve(path.out()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Go's hookGetSyncBranch: {@code BEADS_SYNC_BRANCH} or {@code sync-branch:} in config.yaml. This build has no
     * sync branch, but a workspace set up for one by Go bd must not get its JSONL staged on the current branch.
     */
    private boolean syncBranch() {
        if (env.getenv("BEADS_SYNC_BRANCH") != null) {
            return true;
        }
        String config;
        try {
            config = Files.readString(cwd.resolve(".beads/config.yaml"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw IoProblems.failure("cannot read .beads/config.yaml", e);
        }
        for (String line : config.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("sync-branch:")) {
                String value = trimmed.substring("sync-branch:".length()).strip();
                return !value.replace("\"", "").replace("'", "").isEmpty();
            }
        }
        return false;
    }
}
