package dev.beads.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code bd} run sees of its process: working directory, environment, standard streams and whether they are
 * terminals. Tests build one with their own streams and run the CLI in-process.
 *
 * @param stdoutTty stdout is a terminal (colour, tables for people)
 * @param stderrTty stderr is a terminal (progress indicators)
 */
public record CliEnvironment(
        Path cwd,
        Map<String, String> env,
        PrintStream out,
        PrintStream err,
        InputStream in,
        boolean stdoutTty,
        boolean stderrTty) {

    public CliEnvironment {
        Objects.requireNonNull(cwd, "cwd");
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /**
     * The real process. UTF-8 whatever the locale (Go bd writes UTF-8 too); stdout is buffered and flushed by the
     * CLI before it exits. {@code bin/bd} says whether the streams are terminals ({@code -Dbd.tty.out},
     * {@code -Dbd.tty.err}), since the JDK cannot tell on release 21.
     */
    public static CliEnvironment ofProcess() {
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new CliEnvironment(
                Path.of("").toAbsolutePath(),
                System.getenv(),
                out,
                err,
                System.in,
                Boolean.getBoolean("bd.tty.out"),
                Boolean.getBoolean("bd.tty.err"));
    }

    /** An environment variable, or null when unset or empty. */
    public String getenv(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean colour() {
        return stdoutTty && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
