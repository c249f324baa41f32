package dev.beads.testkit;

import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * A throw-away workspace for tests: a temp directory holding {@code repo/} (the workspace root, with an empty
 * {@code .beads/}) and {@code home/} (an isolated HOME), optionally with a git repository made by the real
 * {@code git} command. Every git command runs with a fixed author, HOME, GIT_CONFIG_GLOBAL inside the test's home
 * and GIT_CONFIG_NOSYSTEM=1, so a developer's own git configuration never leaks in. {@link #close()} deletes it all.
 *
 * <pre>{@code
 * try (TestWorkspace ws = TestWorkspace.createWithGit()) {
 *     ws.write(".beads/issues.jsonl", "...");
 *     String commit = ws.commitAll("add issues");
 * }
 * }</pre>
 *
 * <p>In-process JGit does not read these variables (it reads {@code user.home}); JGit tests isolate it with their
 * own {@code SystemReader}. Not thread-safe.
 */
public final class TestWorkspace implements AutoCloseable {
    private final Path base;
    private final Path root;
    private final Path home;
    private final GitProcess git;
    private boolean closed;

    private TestWorkspace(Path base) throws IOException {
        this.base = base;
        this.root = Files.createDirectories(base.resolve("repo"));
        this.home = Files.createDirectories(base.resolve("home"));
        Files.createDirectories(root.resolve(Workspace.BEADS_DIR));
        this.git = GitProcess.isolatedIn(home);
    }

    /** A workspace in a new directory under the system temp dir, without git. */
    public static TestWorkspace create() {
        return open(null, false);
    }

    /** A workspace in a new directory under {@code parent} (a JUnit {@code @TempDir}, say), without git. */
    public static TestWorkspace create(Path parent) {
        return open(parent, false);
    }

    /** A workspace whose root is a fresh git repository on branch {@code main}, with no commits yet. */
    public static TestWorkspace createWithGit() {
        return open(null, true);
    }

    /** {@link #createWithGit()} under {@code parent}. */
    public static TestWorkspace createWithGit(Path parent) {
        return open(parent, true);
    }

    private static TestWorkspace open(Path parent, boolean withGit) {
        try {
            Path base = parent == null
                    ? Files.createTempDirectory("beads-test-")
                    : Files.createTempDirectory(parent, "beads-test-");
            TestWorkspace ws = new TestWorkspace(base.toRealPath());
            if (withGit) {
                ws.initGit();
            }
            return ws;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a test workspace", e);
        }
    }

    /** The workspace root (the directory that holds {@code .beads/}, and {@code .git/} with git). */
    public Path root() {
        return root;
    }

    /** The default layout under {@link #root()}: {@code Workspace.at(root())}. */
    public Workspace workspace() {
        return Workspace.at(root);
    }

    /** {@code root()/.beads}. */
    public Path beadsDir() {
        return root.resolve(Workspace.BEADS_DIR);
    }

    /** The isolated HOME that git commands (and processes started with {@link #environment()}) use. */
    public Path home() {
        return home;
    }

    /**
     * The environment variables that isolate git (HOME, XDG_CONFIG_HOME, GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM,
     * author and committer, LC_ALL=C): add them to processes a test starts (a {@code bd} binary, a daemon).
     */
    public Map<String, String> environment() {
        return git.environment();
    }

    /** Applies {@link #environment()} to {@code builder}, dropping inherited GIT_* variables first. */
    public ProcessBuilder isolate(ProcessBuilder builder) {
        git.applyTo(builder);
        return builder;
    }

    /** Makes {@link #root()} a git repository on branch {@code main} (idempotent, as {@code git init}). */
    public TestWorkspace initGit() {
        git("init", "-q", "--initial-branch=main");
        return this;
    }

    public boolean hasGit() {
        return Files.isDirectory(root.resolve(".git"));
    }

    /** Runs {@code git args} in {@link #root()}; returns stdout; throws with stderr when it fails. */
    public String git(String... args) {
        return gitResult(args).orThrow().stdout();
    }

    /** Runs {@code git args} in {@link #root()} and returns what happened, failure included. */
    public GitResult gitResult(String... args) {
        return git.run(root, List.of(args));
    }

    /** Runs {@code git args} in {@code dir} (a clone, a bare remote) with the same isolation. */
    public GitResult gitIn(Path dir, String... args) {
        return git.run(dir, List.of(args));
    }

    /** Stages everything and commits it with {@code message}; returns the new commit id. */
    public String commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "--allow-empty", "-m", message);
        return git("rev-parse", "HEAD");
    }

    /**
     * Creates a bare repository beside the workspace and adds it as remote {@code name}; returns its path. Pushes
     * and fetches to it go through the file system.
     */
    public Path addBareRemote(String name) {
        Path bare = base.resolve(name + ".git");
        gitIn(base, "init", "-q", "--bare", "--initial-branch=main", bare.toString())
                .orThrow();
        git("remote", "add", name, bare.toString());
        return bare;
    }

    /** Writes {@code content} (UTF-8) to {@code relativePath} under the root, creating parent directories. */
    public Path write(String relativePath, String content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Reads {@code relativePath} under the root as UTF-8. */
    public String read(String relativePath) {
        Path file = root.resolve(relativePath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Deletes the whole temp directory (workspace, home, remotes). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        deleteRecursively(base);
    }

    @Override
    public String toString() {
        return "TestWorkspace[" + root + "]";
    }

    private static void deleteRecursively(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    deleteWritable(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    deleteWritable(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone: nothing to delete
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete test workspace " + dir, e);
        }
    }

    /** Git marks objects read-only; Windows refuses to delete those, so make them writable first. */
    private static void deleteWritable(Path p) throws IOException {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
    }
}
