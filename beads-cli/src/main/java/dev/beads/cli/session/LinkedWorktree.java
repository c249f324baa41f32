package dev.beads.cli.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a directory is inside a git linked worktree ({@code git worktree add}): its {@code .git} is a file
 * {@code gitdir: <main>/.git/worktrees/<name>}, and that directory has a {@code commondir} (a submodule's
 * {@code .git} file points at a directory without one). Read from the files, not by running git: this is on the
 * path of every {@code bd} call.
 *
 * <p>Why it matters (Go bd v0.39.1 cmd/bd/worktree.go, DESIGN §6): the worktrees of a repository share one
 * {@code .beads}, and a daemon serves the branch of the worktree it started in, so the CLI runs in-process there.
 */
final class LinkedWorktree {
    /** Written into the worktree's own git directory once the user was told, so the note is shown once. */
    static final String NOTED = "beads-in-process-noted";

    private LinkedWorktree() {}

    /** The worktree's own git directory ({@code <main>/.git/worktrees/<name>}) when {@code dir} is in one. */
    static Optional<Path> gitDirOf(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.empty(); // the main worktree
            }
            if (Files.isRegularFile(git)) {
                return linkedGitDir(d, git);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> linkedGitDir(Path worktree, Path dotGit) {
        try {
            String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path gitDir =
                    worktree.resolve(text.substring("gitdir:".length()).strip()).normalize();
            return Files.isRegularFile(gitDir.resolve("commondir")) ? Optional.of(gitDir) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: not something we can call a worktree
        }
    }

    /**
     * Records that the user was told about in-process mode in this worktree; true the first time (the caller then
     * prints the note). A git directory we cannot write to gives true every time: better said twice than never.
     */
    static boolean firstNotice(Path gitDir) {
        Path marker = gitDir.resolve(NOTED);
        if (Files.exists(marker)) {
            return false;
        }
        try {
            Files.writeString(marker, "bd told the user once that it runs in-process in this worktree\n");
        } catch (IOException e) {
            // shown again next time
        }
        return true;
    }
}
