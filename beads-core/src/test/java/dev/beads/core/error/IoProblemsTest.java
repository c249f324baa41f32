package dev.beads.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's own failures on a real file system, described without a class name. */
class IoProblemsTest {
    @TempDir
    Path dir;

    private static String describe(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            return IoProblems.describe(e);
        }
        throw new AssertionError("expected the action to fail");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void aFileInAMissingDirectory_namesTheDirectory() {
        Path file = dir.resolve("missing/dir/x.jsonl");
        assertThat(describe(() -> Files.writeString(file, "x")))
                .isEqualTo("directory " + dir.resolve("missing/dir") + " does not exist");
    }

    @Test
    void aMissingFileInAnExistingDirectory_namesTheFile() {
        Path file = dir.resolve("absent.jsonl");
        assertThat(describe(() -> Files.readString(file))).isEqualTo(file + " does not exist");
    }

    @Test
    void anExistingFile_andANonDirectory_sayWhatTheyAre() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(describe(() -> Files.createFile(file))).isEqualTo(file + " already exists");
        assertThat(describe(() -> Files.newDirectoryStream(file).close())).isEqualTo(file + " is not a directory");
    }

    @Test
    void failure_isABackendFailure_sayingWhatWasBeingDone() {
        IOException cause = new IOException("Disk quota exceeded");
        assertThatThrownBy(() -> {
                    throw IoProblems.failure("could not write x", cause);
                })
                .isInstanceOf(BackendException.class)
                .hasMessage("could not write x: disk quota exceeded")
                .hasCause(cause);
    }
}
