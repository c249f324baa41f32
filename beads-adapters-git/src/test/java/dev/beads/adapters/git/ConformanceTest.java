package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go bd's own files (the testkit's conformance resources, with their origin note) through read → write; the plain
 * v0.39.1 round trip is in {@link dev.beads.testkit.contract.JsonlCodecContract}.
 */
class ConformanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonlCodec codec = JsonlCodecs.create();

    @Test
    void givenV0391Export_writeAtomically_reproducesFileByteForByte(@TempDir Path dir) throws IOException {
        byte[] original = resource("beads-v0.39.1-issues.jsonl");
        List<Issue> issues = new ArrayList<>(codec.read(new ByteArrayInputStream(original), "issues.jsonl"));
        assertThat(issues).hasSize(664);
        Collections.reverse(issues);
        Path file = dir.resolve("issues.jsonl");

        codec.writeAtomically(issues, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"beads-v0.30.7-issues.jsonl", "beads-v0.9.11-issues.jsonl"})
    void givenOlderExport_readThenWrite_keepsEveryLineJsonEqualExceptEmptyStrings(String name) throws IOException {
        List<String> originalLines = lines(resource(name));
        List<Issue> issues = codec.read(new ByteArrayInputStream(resource(name)), name);
        List<String> writtenLines = lines(write(issues));

        assertThat(writtenLines).hasSameSizeAs(originalLines);
        for (int i = 0; i < originalLines.size(); i++) {
            JsonNode expected = withoutEmptyStrings(MAPPER.readTree(originalLines.get(i)));
            assertThat(MAPPER.readTree(writtenLines.get(i)))
                    .as("line %d", i + 1)
                    .isEqualTo(expected);
        }
    }

    @Test
    void givenV0307Export_read_keepsDependencyMetadataAsExtra() throws IOException {
        List<Issue> issues = codec.read(new ByteArrayInputStream(resource("beads-v0.30.7-issues.jsonl")), "x");

        assertThat(issues.stream().flatMap(i -> i.dependencies().stream()))
                .anySatisfy(d -> assertThat(d.extra()).containsOnlyKeys("metadata"));
        assertThat(issues).anySatisfy(i -> assertThat(i.ephemeral()).isTrue());
    }

    /** Go bd's omitempty drops "" (older versions wrote "description":""); these files have no other "" values. */
    private static JsonNode withoutEmptyStrings(JsonNode line) {
        ObjectNode copy = line.deepCopy();
        removeEmptyStrings(copy);
        if (copy.get("dependencies") != null) {
            copy.get("dependencies").forEach(d -> removeEmptyStrings((ObjectNode) d));
        }
        return copy;
    }

    private static void removeEmptyStrings(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isTextual() && field.getValue().asText().isEmpty()) {
                empty.add(field.getKey());
            }
        }
        node.remove(empty);
    }

    private byte[] write(List<Issue> issues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(issues, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] data) {
        return new String(data, StandardCharsets.UTF_8).lines().toList();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
