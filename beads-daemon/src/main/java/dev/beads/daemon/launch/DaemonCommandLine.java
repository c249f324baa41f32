package dev.beads.daemon.launch;

import dev.beads.core.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a running {@code bd} starts {@code bd daemon run} again: the same JVM ({@code java.home}), the same class
 * path ({@code java.class.path}: the jar {@code bin/bd} runs, whose manifest names the rest, or a test's class
 * path), the given main class, and the daemon's own JVM flags instead of the short-lived command's. The system
 * properties {@code bin/bd} sets for sqlite-jdbc's native library and the locale provider are passed on.
 *
 * <p>The daemon's flags (docs/DECISIONS.md, docs/BENCHMARKS.md): Serial GC with a small heap that shrinks back in
 * one step after the full collection the daemon runs when it falls idle, C1 only (a daemon's requests are short;
 * C2's compiler arenas cost more memory than its code gains here), the JDK's per-thread cache of temporary direct
 * buffers capped, glibc's heap trimmed every 30 s (JDK 22+), no perf data file. {@code BD_DAEMON_JAVA_OPTS} adds
 * flags (or overrides: later flags win).
 */
public record DaemonCommandLine(List<String> command) {
    /** The daemon process's JVM flags. */
    public static final List<String> JVM_FLAGS = List.of(
            "-XX:+UseSerialGC",
            "-Xms4m",
            "-Xmx64m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:-ShrinkHeapInSteps",
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1",
            "-XX:ReservedCodeCacheSize=32m",
            "-Xss512k",
            "-XX:-UsePerfData",
            "-Djdk.nio.maxCachedBufferSize=16384",
            "--enable-native-access=ALL-UNNAMED");

    private static final List<String> PASSED_PROPERTIES =
            List.of("org.sqlite.lib.path", "org.sqlite.lib.name", "org.sqlite.tmpdir", "java.locale.providers");

    public DaemonCommandLine {
        command = List.copyOf(command);
    }

    /**
     * The command that runs {@code mainClass daemon run} for {@code workspace} in a JVM like this one.
     *
     * @param extraArgs arguments after {@code daemon run} (its flags: {@code --idle-timeout 10m})
     */
    public static DaemonCommandLine forThisJvm(
            String mainClass, Workspace workspace, Map<String, String> env, List<String> extraArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_FLAGS);
        if (Runtime.version().feature() >= 22) {
            cmd.add("-XX:TrimNativeHeapInterval=30000"); // a product flag from JDK 22 on
        }
        for (String name : PASSED_PROPERTIES) {
            String value = System.getProperty(name);
            if (value != null) {
                cmd.add("-D" + name + "=" + value);
            }
        }
        cmd.addAll(splitOptions(env.get("BD_DAEMON_JAVA_OPTS")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.add("--db");
        cmd.add(workspace.database().toAbsolutePath().toString());
        cmd.add("daemon");
        cmd.add("run");
        cmd.addAll(extraArgs);
        return new DaemonCommandLine(withNewSession(cmd));
    }

    // setsid puts the daemon in a session of its own: no controlling terminal, so closing the terminal (SIGHUP) or
    // Ctrl-C in it (SIGINT to the foreground group) does not reach it. A child of a JVM is no group leader, so
    // setsid execs in place and the process started is the daemon itself.
    private static List<String> withNewSession(List<String> cmd) {
        for (String dir : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(dir))) {
                List<String> out = new ArrayList<>();
                out.add(dir);
                out.addAll(cmd);
                return out;
            }
        }
        return cmd;
    }

    static List<String> splitOptions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
