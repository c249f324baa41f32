package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void givenNewFile_write_createsItReadableByOthers() throws IOException {
        assumeTrue(isPosix());
        Path file = dir.resolve("issues.jsonl");

        AtomicFileWriter.write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void givenExistingFile_write_keepsItsPermissions() throws IOException {
        assumeTrue(isPosix());
        Path file = Files.writeString(dir.resolve("issues.jsonl"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFileWriter.write(file, out -> out.write('x'));

        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void givenContentThatFails_write_removesTempFileAndKeepsTarget() throws IOException {
        Path file = Files.writeString(dir.resolve("issues.jsonl"), "old\n");

        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
                    out.write("partial".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void givenTargetThatCannotBeReplaced_write_throwsBackendExceptionNamingFile() throws IOException {
        Path target = dir.resolve("issues.jsonl");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep"), "x");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write('x')))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("the old file is unchanged");

        assertThat(target.resolve("keep")).hasContent("x");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void givenReadOnlyDirectory_write_throwsBackendExceptionAndKeepsTarget() throws IOException {
        assumeTrue(isPosix() && !"root".equals(System.getProperty("user.name")), "root ignores permissions");
        Path file = Files.writeString(dir.resolve("issues.jsonl"), "old\n");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> out.write('x')))
                    .isInstanceOf(BackendException.class)
                    .hasMessageContaining(file.toString());
            assertThat(Files.readString(file)).isEqualTo("old\n");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean isPosix() {
        return java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews()
                .contains("posix");
    }

    private static java.util.List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
