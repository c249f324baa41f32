package dev.beads.cli;

import dev.beads.cli.session.SessionFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code bd} in this JVM with captured streams and a controlled environment. */
public final class InProcess {
    private final Path cwd;
    private final SessionFactory sessions;
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean stderrTty;
    private boolean stdoutTty;

    public InProcess(Path cwd, SessionFactory sessions) {
        this.cwd = cwd;
        this.sessions = sessions;
        env.put("BD_ACTOR", "tester");
        env.put("HOME", cwd.toString());
        env.put(NoDaemonLeftBehind.TAG, NoDaemonLeftBehind.thisRun()); // a daemon it starts is a test's
    }

    public InProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public InProcess stdin(String text) {
        stdin = text;
        return this;
    }

    public InProcess stdoutTty(boolean tty) {
        stdoutTty = tty;
        return this;
    }

    public InProcess stderrTty(boolean tty) {
        stderrTty = tty;
        return this;
    }

    /** The outcome of one run. */
    public record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment e = new CliEnvironment(
                cwd,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                stdoutTty,
                stderrTty);
        int code = new Cli(e, sessions).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An environment with no streams of interest (for building command lines). */
    public static CliEnvironment environment(Path cwd) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CliEnvironment(cwd, Map.of(), sink, sink, new ByteArrayInputStream(new byte[0]), false, false);
    }
}
