package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import dev.beads.testkit.gen.Gen;
import dev.beads.testkit.gen.RandomIssues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading in parallel chunks gives what reading in one piece gives, line numbers included. */
class JsonlDocumentReaderTest {
    private static final JsonlDocumentReader WHOLE = new JsonlDocumentReader(Integer.MAX_VALUE, 1);
    private static final JsonlDocumentReader CHUNKED = new JsonlDocumentReader(1, 4);

    private final List<String> lines = sampleLines(40);

    @Test
    void givenManyLines_chunkedRead_equalsWholeRead() {
        byte[] data = document(lines);

        assertThat(CHUNKED.read(data, "x")).hasSize(40).isEqualTo(WHOLE.read(data, "x"));
    }

    @Test
    void givenManyLines_chunkedReadWithProgress_countsEveryByte_inSeveralIncreasingSteps_onTheCallingThread() {
        List<String> many = sampleLines(3000);
        byte[] data = document(many);
        List<Long> reported = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        List<Issue> issues = CHUNKED.read(data, "x", parsed -> {
                    reported.add(parsed);
                    threads.add(Thread.currentThread());
                })
                .issues();

        assertThat(issues).hasSize(3000).isEqualTo(WHOLE.read(data, "x"));
        assertThat(reported).hasSizeGreaterThan(2).isSorted().doesNotHaveDuplicates();
        assertThat(reported.getFirst()).isPositive();
        assertThat(reported.getLast()).isEqualTo(data.length);
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void givenManyLines_wholeReadWithProgress_reportsAsItParses_endingAtTheLength() {
        byte[] data = document(sampleLines(1000));
        List<Long> reported = new ArrayList<>();

        WHOLE.read(data, "x", reported::add);

        // Every 256 issues, then the end.
        assertThat(reported).hasSize(4).isSorted().doesNotHaveDuplicates();
        assertThat(reported.getLast()).isEqualTo(data.length);
    }

    @Test
    void givenBadLineInLastChunk_chunkedRead_namesTheAbsoluteLine() {
        List<String> withBadLine = new ArrayList<>(lines);
        withBadLine.set(37, "{\"id\":\"bd-x\",\"labels\":\"x\"}");

        assertThatThrownBy(() -> CHUNKED.read(document(withBadLine), "issues.jsonl"))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessage("line 38 of issues.jsonl: \"labels\" must be an array of strings, not a string");
    }

    @Test
    void givenConflictMarkersInSeveralChunks_chunkedRead_namesTheFirst() {
        List<String> conflicted = new ArrayList<>(lines);
        conflicted.set(22, "<<<<<<< HEAD");
        conflicted.set(30, "=======");
        conflicted.set(35, ">>>>>>> theirs");

        assertThatThrownBy(() -> CHUNKED.read(document(conflicted), "issues.jsonl"))
                .hasMessage("line 23 of issues.jsonl: git conflict marker; resolve the merge, then run bd import");
    }

    @Test
    void givenEmptyDocument_read_returnsNothing() {
        assertThat(CHUNKED.read(new byte[0], "x")).isEmpty();
    }

    @Test
    void splitRanges_coversTheDataInLineAlignedPieces() {
        byte[] data = document(lines);

        List<int[]> ranges = JsonlLines.splitRanges(data, 1, 4);

        assertThat(ranges).hasSize(4);
        assertThat(ranges.get(0)[0]).isZero();
        assertThat(ranges.get(3)[1]).isEqualTo(data.length);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i)[0]).isEqualTo(ranges.get(i - 1)[1]);
            assertThat(data[ranges.get(i)[0] - 1]).isEqualTo((byte) '\n');
        }
        assertThat(JsonlLines.splitRanges(data, data.length, 4)).hasSize(1);
    }

    private static List<String> sampleLines(int count) {
        JacksonJsonlCodec codec = new JacksonJsonlCodec();
        RandomIssues random = new RandomIssues(Gen.of(7));
        List<String> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Issue issue = random.issue();
            Issue renamed = Issue.builder()
                    .id(IssueId.of("bd-" + i))
                    .title(issue.title())
                    .description(issue.description())
                    .createdAt(Timestamps.parse("2025-01-01T00:00:00Z"))
                    .updatedAt(issue.updatedAt())
                    .extra(issue.extra())
                    .build();
            result.add(codec.toLine(renamed));
        }
        return result;
    }

    private static byte[] document(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
