package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's encoding/json string escaping (json.Marshal, HTML escaping on, Go 1.22 or later). */
class GoJsonBufferTest {

    private static String json(String text) {
        GoJsonBuffer buffer = new GoJsonBuffer(4);
        buffer.appendString(text);
        return buffer.content();
    }

    @Test
    void givenEveryControlCharacter_appendString_usesGoEscapes() {
        for (char c = 0; c < 0x20; c++) {
            String expected = switch (c) {
                case '\b' -> "\\b";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                default -> String.format("\\u%04x", (int) c);
            };
            assertThat(json(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo("\"" + expected + "\"");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`\"`|`\"\\\"\"`",
                "`\\`|`\"\\\\\"`",
                "`<`|`\"\\u003c\"`",
                "`>`|`\"\\u003e\"`",
                "`&`|`\"\\u0026\"`",
                "`\u2028`|`\"\\u2028\"`",
                "`\u2029`|`\"\\u2029\"`",
                "`\u001b[0m`|`\"\\u001b[0m\"`",
                "`/'`|`\"/'\"`",
                "`\u007f`|`\"\u007f\"`"
            })
    void givenSpecialCharacter_appendString_escapesLikeGo(String text, String expected) {
        assertThat(json(text)).isEqualTo(expected);
    }

    @Test
    void givenNonAscii_appendString_writesRawUtf8() {
        String text = "caf\u00e9 \u00a0 \u07ff \u0800 \u65e5\u672c \uffff \ud83d\ude00 \udbff\udfff";
        GoJsonBuffer buffer = new GoJsonBuffer(1);
        buffer.appendString(text);

        assertThat(buffer.content()).isEqualTo("\"" + text + "\"");
        assertThat(buffer.length()).isEqualTo(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void givenLoneSurrogates_appendString_writesReplacementCharacter() {
        assertThat(json("a\ud800b\udc00c\ud83d")).isEqualTo("\"a\ufffdb\ufffdc\ufffd\"");
    }

    @Test
    void givenTextLongerThanOneSegment_appendString_keepsSurrogatePairsWhole() {
        String text = "a".repeat(4095) + "\ud83d\ude00" + "<".repeat(5000) + "\ud83d";
        String expected = "\"" + "a".repeat(4095) + "\ud83d\ude00" + "\\u003c".repeat(5000) + "\ufffd\"";

        assertThat(json(text)).isEqualTo(expected);
    }
}
