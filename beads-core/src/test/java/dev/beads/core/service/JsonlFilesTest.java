package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.BackendException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFilesTest {

    @Test
    void stamps_areEqualByTimeAndSize() {
        JsonlFiles.Stamp stamp = new JsonlFiles.Stamp("100", "7");
        assertThat(new JsonlFiles.Stamp("100", "7")).isEqualTo(stamp).hasSameHashCodeAs(stamp);
        assertThat(new JsonlFiles.Stamp("101", "7")).isNotEqualTo(stamp);
        assertThat(new JsonlFiles.Stamp("100", "8")).isNotEqualTo(stamp);
        assertThat(stamp).isNotEqualTo("100");
    }

    @Test
    void fingerprint_isBothCrcsAndTheSize() {
        // CRC-32C("abc") = 0x364b3fb7 (RFC 3720 check values), CRC-32("abc") = 0x352441c2.
        assertThat(JsonlFingerprint.of("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("crc32c:364b3fb7,crc32:352441c2,size:3");
    }

    @Test
    void fingerprint_changesWithOneByte() {
        assertThat(JsonlFingerprint.of("{\"id\":\"bd-1\"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(JsonlFingerprint.of("{\"id\":\"bd-2\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nonBlankLines_skipsBlankLines() {
        byte[] bytes = "{\"a\":1}\n\n   \n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonlFiles.nonBlankLines(bytes)).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void stamp_changesWithTheSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("issues.jsonl");
        Files.writeString(file, "x");
        JsonlFiles.Stamp before = JsonlFiles.Stamp.of(file);
        Files.writeString(file, "xy");
        Files.setLastModifiedTime(file, Files.getLastModifiedTime(dir));
        assertThat(JsonlFiles.Stamp.of(file).size()).isEqualTo("2");
        assertThat(JsonlFiles.Stamp.of(file)).isNotEqualTo(before);
    }

    @Test
    void read_ofAMissingFile_isABackendErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> JsonlFiles.read(dir.resolve("nope.jsonl")))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("nope.jsonl");
    }
}
