package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlSink;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streamed read: pieces of whole lines, tiny here, so that every boundary case (a line across pieces, a line
 * longer than a piece, the last line without a line break) is met by a few lines.
 */
class JsonlStreamReaderTest {
    private static final JsonlDocumentReader WHOLE = new JsonlDocumentReader(Integer.MAX_VALUE, 1);

    /** What a sink received, in order: "issue <line> <id> <text>" or "record <line> <text>". */
    private static final class Recording implements JsonlSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void issue(Issue issue, int line, String text) {
            calls.add("issue " + line + " " + issue.id().value() + " " + text);
        }

        @Override
        public void record(JsonlDocument.Verbatim record) {
            calls.add("record " + record.line() + " " + record.text());
        }
    }

    private static String issueLine(int n) {
        return "{\"id\":\"bd-" + n + "\",\"title\":\"issue " + n + "\",\"priority\":2,"
                + "\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\"}";
    }

    private static Recording read(String text, int block) {
        Recording sink = new Recording();
        new JsonlStreamReader(WHOLE, block, 1 << 20).read(stream(text), "issues.jsonl", sink, parsed -> {});
        return sink;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenPiecesSmallerThanALine_everyLineArrivesOnce_inOrder_withItsNumberAndText() {
        String text =
                issueLine(1) + "\n\n" + "{\"_type\":\"memory\",\"key\":\"k\"}\n" + issueLine(2) + "\n" + issueLine(3);

        Recording small = read(text, 16);

        assertThat(small.calls)
                .containsExactly(
                        "issue 1 bd-1 " + issueLine(1),
                        "record 3 {\"_type\":\"memory\",\"key\":\"k\"}",
                        "issue 4 bd-2 " + issueLine(2),
                        "issue 5 bd-3 " + issueLine(3));
        assertThat(read(text, 1 << 16).calls).isEqualTo(small.calls);
    }

    @Test
    void givenABadLineInALaterPiece_theErrorNamesItsLineInTheFile_afterTheLinesBefore() {
        String text =
                issueLine(1) + "\n" + issueLine(2) + "\n" + issueLine(3) + "\n{\"id\": oops}\n" + issueLine(5) + "\n";
        Recording sink = new Recording();

        assertThatThrownBy(() -> new JsonlStreamReader(WHOLE, 200, 1 << 20)
                        .read(stream(text), "issues.jsonl", sink, parsed -> {}))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 4 of issues.jsonl: invalid JSON");
        assertThat(sink.calls).hasSizeLessThanOrEqualTo(3).allMatch(c -> c.startsWith("issue "));
    }

    @Test
    void givenALineLongerThanTheLimit_theReadFailsNamingIt_withoutReadingItWhole() {
        String longLine = "{\"id\":\"bd-2\",\"title\":\"" + "x".repeat(5000) + "\"}";
        InputStream endless = new InputStream() {
            private final ByteArrayInputStream head =
                    new ByteArrayInputStream((issueLine(1) + "\n" + longLine).getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() {
                int b = head.read();
                return b < 0 ? 'x' : b;
            }
        };

        assertThatThrownBy(() -> new JsonlStreamReader(WHOLE, 64, 4096)
                        .read(endless, "issues.jsonl", new Recording(), parsed -> {}))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 2 of issues.jsonl: the line is longer than 4096 bytes, far beyond any issue: is this"
                        + " a beads JSONL file?");
    }

    @Test
    void theLimitIsNamedInMebibytes_fromOneMebibyteOn() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> new JsonlStreamReader(WHOLE, 1 << 16, 1 << 20)
                        .read(endless, "issues.jsonl", new Recording(), parsed -> {}))
                .hasMessageContaining("line 1 of issues.jsonl: the line is longer than 1 MiB,");
    }

    @Test
    void progress_countsEveryByte_neverDecreasing() {
        String text = issueLine(1) + "\n" + issueLine(2) + "\n" + issueLine(3) + "\n";
        List<Long> reported = new ArrayList<>();

        new JsonlStreamReader(WHOLE, 100, 1 << 20).read(stream(text), "x", new Recording(), reported::add);

        assertThat(reported).isSorted();
        assertThat(reported.getLast()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
