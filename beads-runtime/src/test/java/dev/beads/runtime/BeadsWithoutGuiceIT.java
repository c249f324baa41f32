package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.model.WorkFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Beads} loads no Guice class: the {@code bd} CLI's cold start depends on it. Checked in a fresh JVM, since
 * the test JVM loads Guice for other tests.
 */
class BeadsWithoutGuiceIT {
    @TempDir
    Path dir;

    @Test
    void initCreateFlushAndReady_loadNoGuiceClass() throws Exception {
        Path log = dir.resolve("classes.log");
        Path output = dir.resolve("output.txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info:file=" + log,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        UseBeads.class.getName(),
                        dir.resolve("ws").toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = child.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly().waitFor();
        }

        assertThat(exited)
                .as("the child exited within 120 s: " + Files.readString(output))
                .isTrue();
        assertThat(child.exitValue()).as(Files.readString(output)).isZero();
        String loaded = Files.readString(log);
        assertThat(loaded).as("the class-load log covers the wiring").contains("dev.beads.runtime.DirectWiring ");
        assertThat(loaded.lines().filter(line -> line.contains("com.google.inject.")))
                .isEmpty();
    }

    /** The child process: what {@code bd init}, {@code bd create} and {@code bd ready} do with a workspace. */
    static final class UseBeads {
        public static void main(String[] args) {
            Path root = Path.of(args[0]);
            try (Beads beads = Beads.init(root, "demo")) {
                beads.issues().create(CreateIssue.titled("Cold start", "alice"));
                beads.sync().flushIfDirty();
            }
            try (Beads beads = Beads.open(root)) {
                if (beads.queries().ready(WorkFilter.ALL).size() != 1) {
                    throw new IllegalStateException("expected the created issue to be ready");
                }
            }
        }
    }
}
