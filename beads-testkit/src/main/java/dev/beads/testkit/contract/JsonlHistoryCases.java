package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.JsonlDocument;
import dev.beads.testkit.corpus.ImportCorpus;
import dev.beads.testkit.corpus.Lossless;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What real files contain that bd would not write (issue 8): read as it is, never an error, and written back; records
 * that are not issues kept verbatim after the issues, by a full write and by a patch.
 */
abstract class JsonlHistoryCases {
    private static final String T0 = "2025-01-01T00:00:00Z";
    private static final String TAIL = ",\"created_at\":\"" + T0 + "\",\"updated_at\":\"" + T0 + "\"}";

    abstract JsonlCodec codec();

    private JsonlDocument document(String text) {
        return codec().readDocument(text.getBytes(StandardCharsets.UTF_8), "issues.jsonl", parsed -> {});
    }

    static Stream<Arguments> historyLines() {
        return Stream.of(
                Arguments.of(
                        "{\"id\":\"bd-1\"" + TAIL,
                        check(i -> assertThat(i.title()).isEmpty())),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"\"" + TAIL,
                        check(i -> assertThat(i.title()).isEmpty())),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"" + "x".repeat(501) + "\"" + TAIL,
                        check(i -> assertThat(i.title()).hasSize(501))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"priority\":7" + TAIL,
                        check(i -> assertThat(i.priority().value()).isEqualTo(7))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"priority\":-1" + TAIL,
                        check(i -> assertThat(i.priority().value()).isEqualTo(-1))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"status\":\"closed\"" + TAIL,
                        check(i -> assertThat(i.status()).isEqualTo(Status.CLOSED))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"closed_at\":\"" + T0 + "\"" + TAIL,
                        check(i -> assertThat(i.closedAt()).isNotNull())),
                Arguments.of(
                        "{\"id\":\"bd-x\\n2025/01/01 log line\",\"title\":\"T\"" + TAIL,
                        check(i -> assertThat(i.id().value()).isEqualTo("bd-x\n2025/01/01 log line"))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"estimated_minutes\":-5" + TAIL,
                        check(i -> assertThat(i.estimatedMinutes()).isEqualTo(-5))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"comments\":[{\"id\":\"u-1\",\"issue_id\":\"bd-1\","
                                + "\"author\":\"a\",\"text\":\"x\",\"created_at\":\"" + T0 + "\"},{\"id\":-3,"
                                + "\"issue_id\":\"bd-1\",\"author\":\"a\",\"text\":\"y\",\"created_at\":\"" + T0
                                + "\"}]"
                                + TAIL,
                        check(i -> assertThat(i.comments())
                                .extracting(c -> c.originalId())
                                .containsExactly(RawJson.of("\"u-1\""), RawJson.of("-3")))),
                Arguments.of(
                        "{\"id\":\"bd-1\",\"title\":\"T\",\"created\":\"2025-02-01\",\"updated\":\"2025-02-02\"}",
                        check(i -> assertThat(i.extra()).containsKeys("created", "updated"))));
    }

    private static Consumer<Issue> check(Consumer<Issue> c) {
        return c;
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("historyLines")
    void givenLineBdWouldNotWrite_read_keepsItAsWritten_andWritesItBack(String line, Consumer<Issue> check) {
        JsonlDocument doc = document(line + "\n");

        assertThat(doc.issues()).hasSize(1);
        Issue issue = doc.issues().getFirst();
        check.accept(issue);
        String back = codec().toLine(issue);
        Lossless.assertExportKeeps(
                (line + "\n").getBytes(StandardCharsets.UTF_8),
                Set.of(),
                (back + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(document(back + "\n").issues()).containsExactly(issue);
    }

    @Test
    void givenRecordsThatAreNotIssues_readDocument_keepsThemVerbatim_withTheirLines() {
        String memory = "{\"_type\":\"memory\",\"key\":\"k\",\"value\":{\"a\" : [1, 2.50]}}";
        String noId = "{\"note\":\"no id\"}";
        String typed = "{\"id\":\"bd-m\",\"_type\":\"checkpoint\"}";
        String issue = "{\"id\":\"bd-1\",\"title\":\"T\",\"_type\":\"issue\"" + TAIL;

        JsonlDocument doc = document(memory + "\n" + issue + "\n\n" + noId + "\n" + typed + "\n");

        assertThat(doc.records())
                .containsExactly(
                        new JsonlDocument.Verbatim(1, memory),
                        new JsonlDocument.Verbatim(4, noId),
                        new JsonlDocument.Verbatim(5, typed));
        assertThat(doc.issues()).extracting(i -> i.id().value()).containsExactly("bd-1");
        assertThat(doc.issueLines()).containsExactly(2);
        assertThat(codec().toLine(doc.issues().getFirst())).contains("\"_type\":\"issue\"");
    }

    @Test
    void givenRecords_writeAtomically_writesThemAfterTheSortedIssues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("issues.jsonl");
        String memory = "{\"_type\":\"memory\",\"key\":\"k\",\"value\":\"<&>\"}";
        Issue b = issue("bd-b");
        Issue a = issue("bd-a");

        codec().writeAtomically(List.of(b, a), List.of(memory, "{\"x\":1}"), file);

        assertThat(Files.readString(file))
                .isEqualTo(codec().toLine(a) + "\n" + codec().toLine(b) + "\n" + memory + "\n{\"x\":1}\n");
    }

    /** A record even shares an id with an issue that changes: it is kept, after the issues, not replaced. */
    @Test
    void givenFileWithRecords_patchAtomically_keepsThemAfterTheIssues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("issues.jsonl");
        String memory = "{\"_type\":\"memory\",\"key\":\"k\"}";
        String typed = "{\"id\":\"bd-b\",\"_type\":\"checkpoint\"}";
        Issue a = issue("bd-a");
        Issue b = issue("bd-b");
        Files.writeString(file, codec().toLine(a) + "\n" + memory + "\n" + typed + "\n");

        codec().patchAtomically(file, List.of(b));

        assertThat(Files.readString(file))
                .isEqualTo(codec().toLine(a) + "\n" + codec().toLine(b) + "\n" + memory + "\n" + typed + "\n");
    }

    /** What a full write of the file's issues and records gives, a patch gives too. */
    @Test
    void givenCorpusFileWithRecords_patchAtomically_writesWhatAFullWriteWrites(@TempDir Path dir) throws IOException {
        byte[] original = ImportCorpus.bytes("non-issue-records.jsonl");
        JsonlDocument doc = codec().readDocument(original, "issues.jsonl", parsed -> {});
        List<String> records = new ArrayList<>();
        doc.records().forEach(r -> records.add(r.text()));
        Path full = dir.resolve("full.jsonl");
        Path patched = dir.resolve("patched.jsonl");
        Issue changed = doc.issues().getFirst().toBuilder().title("Changed").build();
        List<Issue> issues = new ArrayList<>(doc.issues());
        issues.set(0, changed);
        codec().writeAtomically(doc.issues(), records, patched);

        codec().patchAtomically(patched, List.of(changed));
        codec().writeAtomically(issues, records, full);

        assertThat(Files.readString(patched)).isEqualTo(Files.readString(full));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givenCorpusFile_readDocumentThenWrite_losesNothing(ImportCorpus.Case c, @TempDir Path dir) throws IOException {
        JsonlDocument doc = codec().readDocument(c.bytes(), c.file(), parsed -> {});
        List<Issue> kept = new ArrayList<>();
        for (int i = 0; i < doc.issues().size(); i++) {
            if (!c.dropped().contains(doc.issueLines()[i])) {
                kept.add(doc.issues().get(i));
            }
        }
        List<String> records = new ArrayList<>();
        doc.records().forEach(r -> records.add(r.text()));
        Path file = dir.resolve("out.jsonl");

        codec().writeAtomically(kept, records, file);

        Lossless.assertExportKeeps(c.bytes(), c.dropped(), Files.readAllBytes(file));
    }

    static List<ImportCorpus.Case> corpus() {
        return ImportCorpus.cases();
    }

    private static Issue issue(String id) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title("One")
                .createdAt(Timestamps.parse(T0))
                .updatedAt(Timestamps.parse(T0))
                .build();
    }
}
