package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.IssueSource;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSONL format rules (DESIGN §3) that every {@link JsonlCodec} must meet: Go bd's key order and omissions,
 * its string escaping, timestamps as written, unknown keys kept, errors that name the line, atomic writes, and
 * patches that rewrite only the changed issues' lines.
 * Extend it and implement {@link #codec()}.
 */
public abstract class JsonlCodecContract {
    protected static final String T0 = "2025-01-01T00:00:00Z";

    private static final String MINIMAL_LINE = "{\"id\":\"bd-1\",\"title\":\"One\",\"status\":\"open\",\"priority\":2,"
            + "\"issue_type\":\"task\",\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\"}";

    /** The codec under test. */
    protected abstract JsonlCodec codec();

    @Nested
    class History extends JsonlHistoryCases {
        @Override
        JsonlCodec codec() {
            return JsonlCodecContract.this.codec();
        }
    }

    /** An open task with only the required fields, created and updated at {@link #T0}. */
    protected static Issue.Builder issue(String id) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title("One")
                .createdAt(Timestamps.parse(T0))
                .updatedAt(Timestamps.parse(T0));
    }

    protected List<Issue> read(String text) {
        return codec().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "issues.jsonl");
    }

    protected String written(List<Issue> issues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec().write(issues, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readWithProgress_returnsWhatReadReturns_andCountsUpToTheDataLength() {
        byte[] data =
                (MINIMAL_LINE + "\n\n" + MINIMAL_LINE.replace("bd-1", "bd-2") + "\n").getBytes(StandardCharsets.UTF_8);
        List<Long> reported = new ArrayList<>();

        List<Issue> issues = codec().read(data, "issues.jsonl", reported::add);

        assertThat(issues).isEqualTo(codec().read(new ByteArrayInputStream(data), "issues.jsonl"));
        assertThat(reported).isNotEmpty().isSorted().allMatch(n -> n >= 0 && n <= data.length);
        assertThat(reported.getLast()).isEqualTo(data.length);
    }

    @Test
    void givenMinimalIssue_toLine_writesOnlyAlwaysKeysInGoOrder() {
        assertThat(codec().toLine(issue("bd-1").build())).isEqualTo(MINIMAL_LINE);
    }

    @Test
    void givenEveryField_toLine_writesGoStructOrderThenExtraKeys() {
        assertThat(codec().toLine(fullIssue())).isEqualTo(FULL_LINE);
    }

    @Test
    void givenEveryField_readOfLine_returnsEqualIssue() {
        assertThat(read(FULL_LINE + "\n")).containsExactly(fullIssue());
    }

    @Test
    void givenZeroPriorityAndZeroEstimate_toLine_writesBoth() {
        String line = codec().toLine(issue("bd-1")
                .priority(Priority.of(0))
                .estimatedMinutes(0)
                .build());
        assertThat(line).contains("\"priority\":0,").contains("\"estimated_minutes\":0,");
    }

    @Test
    void givenEmptyDependencyCreatorAndCommentAuthor_toLine_omitsOnlyTheDependencyKey() {
        IssueId id = IssueId.of("bd-1");
        OffsetDateTime t0 = Timestamps.parse(T0);
        Issue issue = issue("bd-1")
                .dependencies(List.of(Dependency.of(id, IssueId.of("bd-2"), DependencyType.BLOCKS, t0, "")))
                .comments(List.of(new Comment(0, id, "", "text", t0)))
                .build();
        assertThat(codec().toLine(issue))
                .contains("\"dependencies\":[{\"issue_id\":\"bd-1\",\"depends_on_id\":\"bd-2\",\"type\":\"blocks\","
                        + "\"created_at\":\"2025-01-01T00:00:00Z\"}]")
                .contains("\"comments\":[{\"id\":0,\"issue_id\":\"bd-1\",\"author\":\"\",\"text\":\"text\","
                        + "\"created_at\":\"2025-01-01T00:00:00Z\"}]");
    }

    @Test
    void givenIssues_write_terminatesEveryLineWithNewlineInGivenOrder() {
        List<Issue> issues = List.of(issue("bd-2").build(), issue("bd-1").build());
        String text = written(issues);
        assertThat(text).isEqualTo(codec().toLine(issues.get(0)) + "\n" + codec().toLine(issues.get(1)) + "\n");
        assertThat(read(text)).isEqualTo(issues);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void givenSpecialCharacter_toLine_escapesLikeGo(String title, String expectedJson) {
        String line = codec().toLine(issue("bd-1").title(title).build());
        assertThat(line).contains("\"title\":" + expectedJson + ",");
        assertThat(read(line)).singleElement().extracting(Issue::title).isEqualTo(title);
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("a\"b\\c", "\"a\\\"b\\\\c\""),
                Arguments.of("n\nr\rt\t", "\"n\\nr\\rt\\t\""),
                Arguments.of("b\bf\f", "\"b\\bf\\f\""),
                Arguments.of("x\u0000\u0001\u001f\u000b", "\"x\\u0000\\u0001\\u001f\\u000b\""),
                Arguments.of("<a> & b", "\"\\u003ca\\u003e \\u0026 b\""),
                Arguments.of("line\u2028para\u2029", "\"line\\u2028para\\u2029\""),
                Arguments.of(
                        "caf\u00e9 \u65e5\u672c \ud83d\ude00 \u007f /",
                        "\"caf\u00e9 \u65e5\u672c \ud83d\ude00 \u007f /\""));
    }

    @Test
    void givenOffsetsAndNanos_roundTrip_keepsOffsetAndTrimsTrailingZeros() {
        String line = MINIMAL_LINE
                .replace(
                        "\"created_at\":\"2025-01-01T00:00:00Z\"",
                        "\"created_at\":\"2025-12-25T00:59:03.667210-08:00\"")
                .replace(
                        "\"updated_at\":\"2025-01-01T00:00:00Z\"",
                        "\"updated_at\":\"2025-12-26T23:20:20.000000001+05:30\"");
        Issue read = read(line).get(0);
        assertThat(read.createdAt().getOffset().getTotalSeconds()).isEqualTo(-8 * 3600);
        assertThat(codec().toLine(read))
                .contains("\"created_at\":\"2025-12-25T00:59:03.66721-08:00\"")
                .contains("\"updated_at\":\"2025-12-26T23:20:20.000000001+05:30\"");
    }

    @Test
    void givenUnknownKeys_roundTrip_keepsThemInFileOrderAfterKnownKeys() {
        String line = "{\"zeta\":{\"b\":[1,2.50,\"\\u003c\"]},\"id\":\"bd-1\",\"title\":\"One\",\"alpha\":null,"
                + "\"dependencies\":[{\"issue_id\":\"bd-1\",\"depends_on_id\":\"bd-2\",\"thread_id\":\"t\","
                + "\"type\":\"blocks\",\"created_at\":\"2025-01-01T00:00:00Z\",\"metadata\":\"{}\"}],"
                + "\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\"}";
        Issue issue = read(line).get(0);
        assertThat(issue.extra().keySet()).containsExactly("zeta", "alpha");
        assertThat(codec().toLine(issue))
                .endsWith("\"dependencies\":[{\"issue_id\":\"bd-1\",\"depends_on_id\":\"bd-2\",\"type\":\"blocks\","
                        + "\"created_at\":\"2025-01-01T00:00:00Z\",\"thread_id\":\"t\",\"metadata\":\"{}\"}],"
                        + "\"zeta\":{\"b\":[1,2.50,\"\\u003c\"]},\"alpha\":null}");
    }

    @Test
    void givenMissingStatusAndType_read_defaultsToOpenTask() {
        Issue issue = read("{\"id\":\"bd-1\",\"title\":\"One\",\"priority\":1,\"created_at\":\"" + T0
                        + "\",\"updated_at\":\"" + T0 + "\"}")
                .get(0);
        assertThat(issue.status()).isEqualTo(Status.OPEN);
        assertThat(issue.issueType()).isEqualTo(IssueType.TASK);
    }

    @Test
    void givenBlankLines_read_skipsThem() {
        assertThat(read("\n" + MINIMAL_LINE + "\n  \r\n\n")).hasSize(1);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badLines")
    void givenBadLine_read_failsNamingTheLine(String badLine, String problem) {
        String text = MINIMAL_LINE + "\n\n" + badLine + "\n" + MINIMAL_LINE.replace("bd-1", "bd-9") + "\n";
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 3 of issues.jsonl: ")
                .hasMessageContaining(problem)
                .extracting(e -> ((JsonlFormatException) e).line())
                .isEqualTo(3);
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("{\"id\":\"bd-2\",\"title\":", "invalid JSON"),
                Arguments.of("not json", "invalid JSON"),
                Arguments.of(MINIMAL_LINE + " {}", "one issue per line"),
                Arguments.of("[1,2]", "JSON object"),
                Arguments.of("<<<<<<< HEAD", "git conflict marker; resolve the merge, then run bd import"),
                Arguments.of("=======", "git conflict marker"),
                Arguments.of(">>>>>>> theirs", "git conflict marker"),
                Arguments.of(MINIMAL_LINE.replace("\"priority\":2", "\"priority\":\"high\""), "priority"),
                Arguments.of(MINIMAL_LINE.replace("\"priority\":2", "\"priority\":1.5"), "priority"),
                Arguments.of(MINIMAL_LINE.replace("2025-01-01T00:00:00Z\",\"u", "yesterday\",\"u"), "yesterday"),
                Arguments.of(MINIMAL_LINE.replace("2025-01-01T00:00:00Z\"}", "2025-02-30T00:00:00Z\"}"), "timestamp"),
                Arguments.of(MINIMAL_LINE.replace("\"One\"", "42"), "\"title\" must be a string"),
                Arguments.of(MINIMAL_LINE.replace("\"priority\":2", "\"priority\":2,\"labels\":\"x\""), "labels"),
                Arguments.of(MINIMAL_LINE.replace("\"priority\":2", "\"priority\":2,\"pinned\":\"yes\""), "pinned"),
                Arguments.of(
                        MINIMAL_LINE.replace("\"priority\":2", "\"priority\":2,\"dependencies\":{}"), "dependencies"),
                Arguments.of(
                        MINIMAL_LINE.replace("\"priority\":2", "\"priority\":2,\"estimated_minutes\":\"5\""),
                        "estimated_minutes"));
    }

    /** DESIGN §3: Go bd's own export (v0.39.1, in the testkit's conformance resources) survives import → export. */
    @Test
    void givenGoBdExport_readThenWrite_reproducesItByteForByte() throws IOException {
        byte[] original;
        try (InputStream in = JsonlCodecContract.class.getResourceAsStream("/conformance/beads-v0.39.1-issues.jsonl")) {
            assertThat(in).isNotNull();
            original = in.readAllBytes();
        }
        List<Issue> issues = codec().read(new ByteArrayInputStream(original), "issues.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec().write(issues, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void givenMissingFile_read_returnsEmptyList(@TempDir Path dir) {
        assertThat(codec().read(dir.resolve("issues.jsonl"))).isEmpty();
    }

    @Test
    void givenIssues_writeAtomically_sortsByIdAndReplacesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("issues.jsonl");
        Files.writeString(file, "old content\n");
        List<Issue> issues = List.of(
                issue("bd-b").build(), issue("bd-10").build(), issue("bd-a").build());
        codec().writeAtomically(issues, file);
        assertThat(codec().read(file)).extracting(i -> i.id().value()).containsExactly("bd-10", "bd-a", "bd-b");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenIssueThatCannotBeWritten_writeAtomically_leavesOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("issues.jsonl");
        Files.writeString(file, MINIMAL_LINE + "\n");
        Issue broken =
                issue("bd-2").extra(Map.of("bad", RawJson.of("{not json"))).build();
        assertThatThrownBy(() -> codec().writeAtomically(List.of(issue("bd-1").build(), broken), file))
                .hasMessageContaining("bd-2");
        assertThat(Files.readString(file)).isEqualTo(MINIMAL_LINE + "\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenAStream_readDocument_handsOverWhatTheWholeReadHas_inLineOrder_withEachIssuesLineText() {
        String a = codec().toLine(issue("bd-a").build());
        String b = codec().toLine(issue("bd-b").build());
        String text = a + "\n\n{\"_type\":\"memory\",\"key\":\"k\"}\n" + b + "\n";
        List<String> calls = new ArrayList<>();

        codec().readDocument(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "issues.jsonl",
                        new JsonlSink() {
                            @Override
                            public void issue(Issue issue, int line, String lineText) {
                                calls.add(line + " " + issue.id().value() + " " + lineText);
                            }

                            @Override
                            public void record(JsonlDocument.Verbatim record) {
                                calls.add(record.line() + " record " + record.text());
                            }
                        },
                        parsed -> {});

        assertThat(calls)
                .containsExactly("1 bd-a " + a, "3 record {\"_type\":\"memory\",\"key\":\"k\"}", "4 bd-b " + b);
    }

    @Test
    void givenIssuesHandedOverInOrder_writeAtomically_writesWhatTheListWriteWrites(@TempDir Path dir)
            throws IOException {
        List<Issue> issues = List.of(
                issue("bd-1").build(), issue("bd-2").labels(List.of("x")).build());
        Path streamed = dir.resolve("streamed.jsonl");
        Path listed = dir.resolve("listed.jsonl");

        int written = codec().writeAtomically((IssueSource) issues::forEach, List.of("{\"x\":1}"), streamed);
        codec().writeAtomically(issues, List.of("{\"x\":1}"), listed);

        assertThat(written).isEqualTo(2);
        assertThat(Files.readString(streamed)).isEqualTo(Files.readString(listed));
    }

    @Test
    void givenIssuesOutOfOrder_streamedWriteAtomically_failsAndLeavesTheFile(@TempDir Path dir) throws IOException {
        Path file = fileWith(dir, MINIMAL_LINE + "\n");
        List<Issue> unsorted = List.of(issue("bd-b").build(), issue("bd-a").build());

        assertThatThrownBy(() -> codec().writeAtomically((IssueSource) unsorted::forEach, List.of(), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bd-b came before bd-a");
        List<Issue> twice = List.of(issue("bd-a").build(), issue("bd-a").build());
        assertThatThrownBy(() -> codec().writeAtomically((IssueSource) twice::forEach, List.of(), file))
                .as("an id twice is out of order too")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(file)).isEqualTo(MINIMAL_LINE + "\n");
    }

    @Test
    void copyAtomically_replacesTheFileWithTheSourcesBytes(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("in.jsonl");
        Files.writeString(source, MINIMAL_LINE + "\n");
        Path file = fileWith(dir, "old\n");

        codec().copyAtomically(source, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(source));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(source, file);
        }
    }

    private Path fileWith(Path dir, String text) throws IOException {
        Path file = dir.resolve("issues.jsonl");
        Files.writeString(file, text);
        return file;
    }

    private String linesOf(Issue... issues) {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(codec().toLine(issue)).append('\n');
        }
        return text.toString();
    }

    private static void assertOnlyFileIn(Path dir, Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenSortedFile_patchAtomically_replacesChangedLines_insertsNewOnesInIdOrder_keepsTheRest(@TempDir Path dir)
            throws IOException {
        Path file = fileWith(
                dir,
                linesOf(
                        issue("bd-1").build(),
                        issue("bd-3").build(),
                        issue("bd-5").build()));
        Issue changed = issue("bd-3").title("Changed").build();

        codec().patchAtomically(
                        file,
                        List.of(changed, issue("bd-4").build(), issue("bd-0").build()));

        assertThat(Files.readString(file))
                .isEqualTo(linesOf(
                        issue("bd-0").build(),
                        issue("bd-1").build(),
                        changed,
                        issue("bd-4").build(),
                        issue("bd-5").build()));
        assertOnlyFileIn(dir, file);
    }

    /** DESIGN §3: patching Go bd's own export gives, byte for byte, what exporting the patched issues gives. */
    @Test
    void givenGoBdExport_patchAtomically_writesWhatAFullExportOfThePatchedIssuesWrites(@TempDir Path dir)
            throws IOException {
        byte[] original;
        try (InputStream in = JsonlCodecContract.class.getResourceAsStream("/conformance/beads-v0.39.1-issues.jsonl")) {
            original = in.readAllBytes();
        }
        Path file = dir.resolve("issues.jsonl");
        Files.write(file, original);
        List<Issue> issues = new java.util.ArrayList<>(codec().read(file));
        Issue edited = issues.get(issues.size() / 2).toBuilder().title("Edited").build();
        Issue added = issue(issues.get(2).id().value() + ".9").build();
        issues.set(issues.size() / 2, edited);
        issues.add(added);

        codec().patchAtomically(file, List.of(added, edited));

        Path full = dir.resolve("full.jsonl");
        codec().writeAtomically(issues, full);
        assertThat(Files.readString(file)).isEqualTo(Files.readString(full));
    }

    @Test
    void givenUnsortedFileWithBlankLines_patchAtomically_writesEveryLineSortedById(@TempDir Path dir)
            throws IOException {
        Path file = fileWith(
                dir,
                linesOf(issue("bd-c").build()) + "\n"
                        + linesOf(issue("bd-a").build(), issue("bd-10").build())
                        + "  \r\n"
                        + linesOf(issue("bd-b").build()));

        codec().patchAtomically(file, List.of(issue("bd-B").build()));

        assertThat(Files.readString(file))
                .isEqualTo(linesOf(
                        issue("bd-10").build(),
                        issue("bd-B").build(),
                        issue("bd-a").build(),
                        issue("bd-b").build(),
                        issue("bd-c").build()));
    }

    @Test
    void givenLinesInOtherForms_patchAtomically_keepsThemByteForByte(@TempDir Path dir) throws IOException {
        String spaced = MINIMAL_LINE.replace("bd-1", "bd-2").replace(",", ", ") + "\r";
        String idNotFirst = "{\"title\":\"Later\",\"id\":\"bd-4\",\"priority\":1}";
        String escapedId = codec().toLine(issue("bd-<6>").build());
        String spacedStart = "{ \"id\": \"bd-8\", \"title\": \"Eight\" }";
        String lastLineWithoutBreak = MINIMAL_LINE.replace("bd-1", "bd-9");
        Path file = fileWith(dir, String.join("\n", spacedStart, escapedId, idNotFirst, spaced, lastLineWithoutBreak));

        codec().patchAtomically(file, List.of(issue("bd-5").build()));

        assertThat(Files.readString(file))
                .isEqualTo(String.join(
                        "\n",
                        spaced,
                        idNotFirst,
                        codec().toLine(issue("bd-5").build()),
                        spacedStart,
                        lastLineWithoutBreak,
                        escapedId,
                        ""));
    }

    @Test
    void givenIdsThatOnlyAParserCanRead_patchAtomically_replacesTheirLines(@TempDir Path dir) throws IOException {
        Path file = fileWith(
                dir,
                "{\"title\":\"Old\",\"id\":\"bd-4\"}\n"
                        + codec().toLine(issue("bd-<6>").build()) + "\n"
                        + "{\"id\":\"caf\u00e9\",\"title\":\"Old\"}\n");
        List<Issue> changed = List.of(
                issue("bd-4").title("New").build(),
                issue("bd-<6>").title("New").build(),
                issue("caf\u00e9").title("New").build());

        codec().patchAtomically(file, changed);

        assertThat(Files.readString(file)).isEqualTo(linesOf(changed.toArray(Issue[]::new)));
    }

    @Test
    void givenAnIdTwice_patchAtomically_writesOneLineForIt_theLastIssueGiven(@TempDir Path dir) throws IOException {
        Path file = fileWith(
                dir, linesOf(issue("bd-1").build(), issue("bd-1").title("Again").build()));
        Issue last = issue("bd-1").title("Last").build();

        codec().patchAtomically(file, List.of(issue("bd-1").title("First").build(), last));

        assertThat(Files.readString(file)).isEqualTo(linesOf(last));
    }

    @Test
    void givenMissingFile_patchAtomically_writesTheChangedIssuesSorted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("issues.jsonl");

        codec().patchAtomically(
                        file, List.of(issue("bd-2").build(), issue("bd-1").build()));

        assertThat(Files.readString(file))
                .isEqualTo(linesOf(issue("bd-1").build(), issue("bd-2").build()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not json", "<<<<<<< HEAD", "[1,2]", "{\"labels\":7,\"id\":\"bd-3\"}"})
    void givenALineWithoutAReadableId_patchAtomically_failsNamingIt_andLeavesTheFile(String bad, @TempDir Path dir)
            throws IOException {
        String text = MINIMAL_LINE + "\n\n" + bad + "\n" + MINIMAL_LINE.replace("bd-1", "bd-9") + "\n";
        Path file = fileWith(dir, text);

        assertThatThrownBy(() ->
                        codec().patchAtomically(file, List.of(issue("bd-5").build())))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageStartingWith("line 3 of issues.jsonl: ")
                .extracting(e -> ((JsonlFormatException) e).line())
                .isEqualTo(3);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertOnlyFileIn(dir, file);
    }

    @Test
    void givenIssueThatCannotBeWritten_patchAtomically_leavesTheFile(@TempDir Path dir) throws IOException {
        Path file = fileWith(dir, MINIMAL_LINE + "\n");
        Issue broken =
                issue("bd-2").extra(Map.of("bad", RawJson.of("{not json"))).build();

        assertThatThrownBy(() -> codec().patchAtomically(file, List.of(broken))).hasMessageContaining("bd-2");
        assertThat(Files.readString(file)).isEqualTo(MINIMAL_LINE + "\n");
        assertOnlyFileIn(dir, file);
    }

    private static final String FULL_LINE = "{\"id\":\"bd-a1\",\"title\":\"Full\",\"description\":\"d\","
            + "\"design\":\"g\",\"acceptance_criteria\":\"a\",\"notes\":\"n\",\"status\":\"tombstone\","
            + "\"priority\":0,\"issue_type\":\"bug\",\"assignee\":\"alice\",\"estimated_minutes\":30,"
            + "\"created_at\":\"2025-01-01T00:00:00Z\",\"created_by\":\"bob\","
            + "\"updated_at\":\"2025-01-02T03:04:05.5+01:00\",\"closed_at\":\"2025-01-03T00:00:00.000000001-08:00\","
            + "\"close_reason\":\"done\",\"external_ref\":\"gh-9\",\"compaction_level\":1,"
            + "\"compacted_at\":\"2025-01-04T00:00:00Z\",\"compacted_at_commit\":\"abc123\",\"original_size\":42,"
            + "\"labels\":[\"a\",\"b\"],\"dependencies\":[{\"issue_id\":\"bd-a1\",\"depends_on_id\":\"bd-b2\","
            + "\"type\":\"parent-child\",\"created_at\":\"2025-01-01T00:00:00Z\",\"created_by\":\"bob\","
            + "\"metadata\":\"{}\"}],\"comments\":[{\"id\":7,\"issue_id\":\"bd-a1\",\"author\":\"carol\","
            + "\"text\":\"hi\",\"created_at\":\"2025-01-01T00:00:00Z\"}],\"deleted_at\":\"2025-01-05T00:00:00Z\","
            + "\"deleted_by\":\"dave\",\"delete_reason\":\"dup\",\"original_type\":\"bug\",\"sender\":\"eve\","
            + "\"ephemeral\":true,\"pinned\":true,\"is_template\":true,\"bonded_from\":[{\"proto_id\":\"bd-p\"}],"
            + "\"creator\":{\"name\":\"x\"},\"validations\":[],\"await_type\":\"timer\",\"await_id\":\"5s\","
            + "\"timeout\":5000000000,\"waiters\":[\"a@b\"],\"source_formula\":\"f\","
            + "\"source_location\":\"steps[0]\",\"zeta\":1,\"alpha\":{\"k\":[true,null]}}";

    private static Issue fullIssue() {
        IssueId id = IssueId.of("bd-a1");
        OffsetDateTime t0 = Timestamps.parse(T0);
        Map<String, RawJson> extra = new LinkedHashMap<>();
        extra.put("zeta", RawJson.of("1"));
        extra.put("alpha", RawJson.of("{\"k\":[true,null]}"));
        return issue("bd-a1")
                .title("Full")
                .description("d")
                .design("g")
                .acceptanceCriteria("a")
                .notes("n")
                .status(Status.TOMBSTONE)
                .priority(Priority.of(0))
                .issueType(IssueType.BUG)
                .assignee("alice")
                .estimatedMinutes(30)
                .createdBy("bob")
                .updatedAt(Timestamps.parse("2025-01-02T03:04:05.5+01:00"))
                .closedAt(Timestamps.parse("2025-01-03T00:00:00.000000001-08:00"))
                .closeReason("done")
                .externalRef("gh-9")
                .compactionLevel(1)
                .compactedAt(Timestamps.parse("2025-01-04T00:00:00Z"))
                .compactedAtCommit("abc123")
                .originalSize(42)
                .labels(List.of("b", "a"))
                .dependencies(List.of(new Dependency(
                        id,
                        IssueId.of("bd-b2"),
                        DependencyType.PARENT_CHILD,
                        t0,
                        "bob",
                        Map.of("metadata", RawJson.of("\"{}\"")))))
                .comments(List.of(new Comment(7, id, "carol", "hi", t0)))
                .deletedAt(Timestamps.parse("2025-01-05T00:00:00Z"))
                .deletedBy("dave")
                .deleteReason("dup")
                .originalType("bug")
                .sender("eve")
                .ephemeral(true)
                .pinned(true)
                .isTemplate(true)
                .bondedFrom(RawJson.of("[{\"proto_id\":\"bd-p\"}]"))
                .creator(RawJson.of("{\"name\":\"x\"}"))
                .validations(RawJson.of("[]"))
                .awaitType("timer")
                .awaitId("5s")
                .timeout(RawJson.of("5000000000"))
                .waiters(RawJson.of("[\"a@b\"]"))
                .sourceFormula("f")
                .sourceLocation("steps[0]")
                .extra(extra)
                .build();
    }
}
