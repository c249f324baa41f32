package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.port.JsonlCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Files that are no beads file at all (issue 8): each fails with an error naming the line, in words a user can act
 * on (no Jackson class names), with the memory of the parse bounded by the reader's limits, not by the input.
 */
class HostileInputTest {
    private static final String GOOD = "{\"id\":\"bd-1\",\"title\":\"fine\",\"status\":\"open\",\"priority\":2,"
            + "\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\"}\n";

    private final JsonlCodec codec = JsonlCodecs.create();

    private void assertFailsOnLine2(byte[] second, String words) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
        data.writeBytes(second);
        data.writeBytes(("\n" + GOOD.replace("bd-1", "bd-3")).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.readDocument(data.toByteArray(), "issues.jsonl", parsed -> {}))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 2 of issues.jsonl: ")
                .hasMessageContaining(words)
                .message()
                .doesNotContain("jackson", "Constraints", "Exception", "java.");
    }

    @Test
    void givenA50MegabyteLine_read_failsNamingItAsTooLarge() {
        StringBuilder line = new StringBuilder(50 << 20);
        line.append("{\"id\":\"bd-2\",\"title\":\"big\",\"description\":\"");
        line.repeat('x', 50 << 20);
        line.append("\"}");

        assertFailsOnLine2(line.toString().getBytes(StandardCharsets.US_ASCII), "longer than 16 Mi characters");
    }

    @Test
    void givenNesting10000Deep_read_failsNamingTheDepth() {
        String line = "{\"id\":\"bd-2\",\"title\":\"deep\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertFailsOnLine2(line.getBytes(StandardCharsets.US_ASCII), "nests deeper than 256 levels");
    }

    @Test
    void givenBinaryGarbage_read_failsAsInvalidJson() {
        byte[] garbage = new byte[4096];
        new Random(8).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n') {
                garbage[i] = 0;
            }
        }
        garbage[0] = (byte) 0x89; // as a PNG starts

        assertFailsOnLine2(garbage, "invalid JSON");
    }

    @Test
    void givenInvalidUtf8InsideAString_read_failsAsInvalidJson() {
        byte[] line = "{\"id\":\"bd-2\",\"title\":\"x\"}".getBytes(StandardCharsets.US_ASCII);
        line[20] = (byte) 0xff;

        assertFailsOnLine2(line, "invalid JSON");
    }
}
