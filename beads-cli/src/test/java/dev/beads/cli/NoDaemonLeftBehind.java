package dev.beads.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test class (registered for all of them through {@code META-INF/services} and JUnit's extension
 * autodetection), fails the class when a {@code bd daemon run} process that this test JVM's tests started still
 * runs 10 s after the class ended, and kills it: no test leaves a daemon behind (issue 10, must-show 2). Processes
 * are recognised by the {@link #TAG} environment variable {@link Launcher#environment} gives them (read from
 * {@code /proc/<pid>/environ}), so the daemons of other builds on the machine are never touched.
 */
public final class NoDaemonLeftBehind implements AfterAllCallback {
    /** The environment variable that tags a process as started by this test JVM. */
    public static final String TAG = "BD_TEST_RUN";

    private static final long GRACE_MILLIS = 10_000;

    /** This test JVM's tag value. */
    public static String thisRun() {
        return String.valueOf(ProcessHandle.current().pid());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        List<ProcessHandle> left = ours();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = ours();
        }
        if (left.isEmpty()) {
            return;
        }
        List<String> described = new ArrayList<>();
        for (ProcessHandle p : left) {
            described.add(p.pid() + " " + p.info().commandLine().orElse("?"));
            p.destroyForcibly();
        }
        throw new AssertionError(
                context.getDisplayName() + " left " + left.size() + " daemon(s) running (killed now): " + described);
    }

    /** Live {@code daemon run} processes tagged with this JVM's run. */
    public static List<ProcessHandle> ours() {
        List<ProcessHandle> out = new ArrayList<>();
        String tag = TAG + "=" + thisRun();
        for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
            if (p.isAlive() && isDaemonRun(p) && environ(p.pid()).contains(tag)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isDaemonRun(ProcessHandle p) {
        String line = p.info().commandLine().orElse("");
        return line.contains("daemon run");
    }

    private static List<String> environ(long pid) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ"));
            return List.of(new String(bytes, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
