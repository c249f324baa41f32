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
    void sha256Hex_isTheLowercaseHexDigest() {
        assertThat(JsonlFiles.sha256Hex("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
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
