package dev.beads.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The built {@code bin/bd} for process-level tests, with an isolated environment. */
public final class Launcher {
    private Launcher() {}

    /** The repository root (beads-cli's parent), where bin/bd lives. */
    public static Path repoRoot() {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getFileName().toString().equals("beads-cli") ? module.getParent() : module;
        if (!Files.isExecutable(root.resolve("bin/bd"))) {
            throw new IllegalStateException("bin/bd not found under " + root);
        }
        return root;
    }

    /** A directory holding only a {@code bd} link to bin/bd, for PATH. */
    public static Path binDir(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(".bin"));
        Path link = dir.resolve("bd");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, repoRoot().resolve("bin/bd"));
        }
        return dir;
    }

    /**
     * The environment of a {@code bd} process: the running JDK, PATH with {@code bd} first, a private HOME, no
     * AOT training in the background (it would compete with the tests for the CPU), a private daemon registry, and no
     * daemon auto-start: a
     * test's {@code bd} uses a daemon the test started, and otherwise runs in-process, so hundreds of throw-away
     * workspaces leave no daemon behind. Tests of daemon mode remove {@code BEADS_AUTO_START_DAEMON} (and stop what
     * they started).
     */
    public static Map<String, String> environment(Path tmp) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", binDir(tmp) + ":/usr/local/bin:/usr/bin:/bin");
        Path home = Files.createDirectories(tmp.resolve(".home"));
        env.put("HOME", home.toString());
        env.put("TMPDIR", System.getProperty("java.io.tmpdir"));
        env.put("USER", "tester");
        env.put("BD_AOT", "0");
        env.put("LANG", "C.UTF-8");
        // bd daemons' registry in the test's own directory, never the user's.
        env.put("XDG_STATE_HOME", Files.createDirectories(tmp.resolve(".state")).toString());
        // Tags every process started from here, so NoDaemonLeftBehind finds a daemon a test left running.
        env.put(NoDaemonLeftBehind.TAG, NoDaemonLeftBehind.thisRun());
        env.put("BEADS_AUTO_START_DAEMON", "false");
        return env;
    }
}
