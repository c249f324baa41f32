package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go bd's own JSONL files go through the whole stack (codec, import use case, SQLite, export) unchanged. The files
 * come from beads-testkit's resources (see conformance/README.md there for their origin).
 */
class ConformanceRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void v0_39_1_importThenExport_reproducesTheFileByteForByte() throws IOException {
        Path original = copyResource("beads-v0.39.1-issues.jsonl");

        Path exported = importAndExport(original, 664);

        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void v0_30_7_importThenExport_losesNothing() throws IOException {
        assertEveryLineSurvives("beads-v0.30.7-issues.jsonl", 279);
    }

    @Test
    void v0_9_11_importThenExport_losesNothing() throws IOException {
        assertEveryLineSurvives("beads-v0.9.11-issues.jsonl", 168);
    }

    private void assertEveryLineSurvives(String name, int issues) throws IOException {
        Path original = copyResource(name);

        Path exported = importAndExport(original, issues);

        List<JsonNode> before = readSortedById(original);
        List<JsonNode> after = readSortedById(exported);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(withoutEmptyStrings(before.get(i)));
        }
    }

    private Path importAndExport(Path source, int expectedIssues) {
        Path workspace = temp.resolve("ws");
        Path exported = temp.resolve("exported.jsonl");
        try (Beads beads = Beads.init(workspace, "bd")) {
            ImportResult result = beads.sync().importIssues(new ImportIssues(source, false, "test"));
            assertThat(result.created()).isEqualTo(expectedIssues);
            beads.sync().export(new ExportIssues(exported, null, false));
        }
        return exported;
    }

    private Path copyResource(String name) throws IOException {
        Path target = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/conformance/" + name)) {
            assertThat(in).as("test resource /conformance/" + name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    private static List<JsonNode> readSortedById(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        nodes.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
        return nodes;
    }

    /** Go bd omits empty strings when it writes (omitempty); old files still have some. */
    private static JsonNode withoutEmptyStrings(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = copy.fields();
        while (fields.hasNext()) {
            JsonNode value = fields.next().getValue();
            if (value.isTextual() && value.asText().isEmpty()) {
                fields.remove();
            }
        }
        return copy;
    }
}
