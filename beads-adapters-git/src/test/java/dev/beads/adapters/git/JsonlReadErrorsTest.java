package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.port.JsonlCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where a bad line is reported: the line its object starts on when it breaks on a later one, the column when it
 * breaks on its own line; and what a {@code dependencies} value of the wrong shape reads as.
 */
class JsonlReadErrorsTest {
    private static final String GOOD = "{\"id\":\"bd-1\",\"title\":\"One\"}";

    private final JsonlCodec codec = JsonlCodecs.create();

    private void read(String text) {
        codec.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "issues.jsonl");
    }

    @Test
    void anObjectThatBreaksOnALaterLine_isBlamedOnTheLineItStartsOn() {
        String unclosed = "{\"id\":\"bd-2\",\"title\":\"t\"";

        assertThatThrownBy(() -> read(GOOD + "\n" + unclosed + "\n" + GOOD.replace("bd-1", "bd-3") + "\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 2 of issues.jsonl: invalid JSON: Unexpected character ('{' (code 123))")
                .hasMessageNotContaining("column")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((JsonlFormatException) e).line())
                        .isEqualTo(2));
    }

    @Test
    void anObjectThatBreaksOnItsOwnLine_namesTheColumn() {
        assertThatThrownBy(() -> read(GOOD + "\n{\"id\":\"bd-2\",\"title\":x}\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 2 of issues.jsonl: invalid JSON: Unrecognized token 'x'")
                .hasMessageEndingWith(" (column 22)");
    }

    @Test
    void aStringWhereADependencyObjectBelongs_saysWhatTheShapeMustBe() {
        assertThatThrownBy(() -> read("{\"id\":\"bd-2\",\"title\":\"t\",\"dependencies\":[\"bd-1\"]}\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 1 of issues.jsonl: \"dependencies\" must be an array of objects, not a string");
        assertThatThrownBy(
                        () -> read("{\"id\":\"bd-2\",\"title\":\"t\",\"dependencies\":{\"depends_on_id\":\"bd-1\"}}\n"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 1 of issues.jsonl: \"dependencies\" must be an array of objects, not an object");
    }
}
