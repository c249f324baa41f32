package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.port.IssueWriter;
import dev.beads.core.port.JsonlDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The import's pass over a file, fed line by line as the codec does: duplicates, comment ids, records and rule
 * warnings, batches, and whether the file is what an export of the store would write.
 */
class ImportRunTest {
    /** A store in a map; each store call is kept, to see the batches. */
    private static final class MapTarget implements ImportRun.Target {
        final Map<IssueId, Issue> issues = new TreeMap<>();
        final List<Integer> storeCalls = new ArrayList<>();

        @Override
        public List<Issue> stored(Collection<IssueId> ids) {
            return ids.stream().map(issues::get).filter(i -> i != null).toList();
        }

        @Override
        public void store(List<IssueWriter.Change> changes) {
            storeCalls.add(changes.size());
            changes.forEach(c -> issues.put(c.issue().id(), c.issue()));
        }
    }

    /** The export line of an issue, as a test codec would write it: its id and title. */
    private static String line(Issue issue) {
        return issue.id().value() + "|" + issue.title();
    }

    private final MapTarget target = new MapTarget();

    private ImportRun run(Map<IssueId, Integer> winners) {
        return new ImportRun(target, ImportRunTest::line, "importer", T0.plusDays(1), winners);
    }

    private static Issue version(String id, String title, int hoursLater) {
        return issue(id).title(title).updatedAt(T0.plusHours(hoursLater)).build();
    }

    private static void feed(ImportRun run, List<Issue> issues, int[] lines) {
        for (int i = 0; i < issues.size(); i++) {
            run.issue(issues.get(i), lines[i], line(issues.get(i)));
        }
    }

    @Test
    void givenAnIdThreeTimes_theFirstPassNamesTheWinners_andTheSecondImportsThemAlone() {
        List<Issue> file = List.of(
                version("bd-1", "old", 1),
                version("bd-2", "other", 0),
                version("bd-1", "newest", 5),
                version("bd-1", "stale", 2));
        int[] lines = {1, 3, 4, 7};
        ImportRun.Duplicates duplicates = catchDuplicates(file, lines);
        assertThat(duplicates.winners())
                .containsExactlyInAnyOrderEntriesOf(Map.of(TestIssues.id("bd-1"), 4, TestIssues.id("bd-2"), 3));
        target.issues.clear();
        target.storeCalls.clear();
        ImportRun second = run(duplicates.winners());
        feed(second, file, lines);
        second.finish();

        assertThat(target.issues.values()).extracting(Issue::title).containsExactly("newest", "other");
        assertThat(second.hadDuplicates()).isTrue();
        assertThat(second.isExportOf(Long.MAX_VALUE, 2)).isFalse();
        assertThat(second.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(tuple(1, "duplicate-id"), tuple(7, "duplicate-id"));
        assertThat(second.warnings().getFirst().message()).contains("line 4");
        assertThat(second.result(false).created()).isEqualTo(2);
    }

    private ImportRun.Duplicates catchDuplicates(List<Issue> file, int[] lines) {
        ImportRun first = run(null);
        feed(first, file, lines);
        try {
            first.finish();
        } catch (ImportRun.Duplicates d) {
            assertThat(target.storeCalls)
                    .as("the batch that met the duplicate is not stored")
                    .isEmpty();
            return d;
        }
        throw new AssertionError("no duplicates found");
    }

    @Test
    void givenATie_theLaterLineWins() {
        List<Issue> file = List.of(version("bd-1", "first", 1), version("bd-1", "second", 1));
        ImportRun.Duplicates duplicates = catchDuplicates(file, new int[] {1, 2});

        assertThat(duplicates.winners()).containsEntry(TestIssues.id("bd-1"), 2);
    }

    @Test
    void commentIdsFromTheFile_becomeOriginalIds_stringsAndRepeatsAreReported() {
        Issue a = issue("bd-a")
                .comments(List.of(
                        new Comment(1, TestIssues.id("bd-a"), "ann", "x", T0),
                        new Comment(0, TestIssues.id("bd-a"), "bob", "y", T0, RawJson.of("\"u-1\""))))
                .build();
        Issue b = issue("bd-b")
                .comments(List.of(new Comment(1, TestIssues.id("bd-b"), "ann", "z", T0)))
                .build();
        ImportRun run = run(null);
        feed(run, List.of(a, b), new int[] {2, 5});
        run.finish();

        assertThat(target.issues.get(a.id()).comments())
                .extracting(Comment::id, Comment::originalId)
                .containsExactly(tuple(0L, RawJson.of("1")), tuple(0L, RawJson.of("\"u-1\"")));
        assertThat(run.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(tuple(2, "comment-id-string"), tuple(5, "comment-id-repeated"));
    }

    @Test
    void records_areKeptInOrder_andReported_withRuleWarnings_inLineOrder() {
        ImportRun run = run(null);
        run.record(new JsonlDocument.Verbatim(1, "{\"_type\":\"memory\"}"));
        Issue closed = issue("bd-c").status(Status.CLOSED).build();
        run.issue(closed, 2, line(closed));
        run.record(new JsonlDocument.Verbatim(3, "{}"));
        run.finish();

        assertThat(run.records()).containsExactly("{\"_type\":\"memory\"}", "{}");
        assertThat(run.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(
                        tuple(1, "non-issue-record"),
                        tuple(2, "closed-without-closed-at"),
                        tuple(3, "non-issue-record"));
        assertThat(run.hadDuplicates()).isFalse();
        assertThat(run.isExportOf(Long.MAX_VALUE, 1))
                .as("a record before an issue is not where an export puts it")
                .isFalse();
    }

    @Test
    void manyIssues_areStoredInBatches_eachMergedWithItsStoredVersion() {
        int count = ImportRun.BATCH * 2 + 7;
        Issue stored = version(String.format("bd-%05d", 3), "stored", 0);
        target.issues.put(stored.id(), stored);
        List<Issue> file = new ArrayList<>();
        int[] lines = new int[count];
        for (int i = 0; i < count; i++) {
            file.add(version(String.format("bd-%05d", i), "file " + i, 1));
            lines[i] = i + 1;
        }
        ImportRun run = run(null);
        feed(run, file, lines);
        run.finish();

        assertThat(target.storeCalls).containsExactly(ImportRun.BATCH, ImportRun.BATCH, 7);
        assertThat(run.result(true).dryRun()).isTrue();
        assertThat(run.result(false).dryRun()).isFalse();
        assertThat(run.result(false).created()).isEqualTo(count - 1);
        assertThat(run.result(false).updated()).isEqualTo(1);
        assertThat(target.issues.get(stored.id()).title()).isEqualTo("file 3");
        assertThat(run.firstPrefix()).isEqualTo("bd");
    }

    @Test
    void aSortedFileOfExportLines_isAnExportOfAStoreThatHoldsJustIt() {
        Issue a = issue("bd-a").build();
        Issue b = issue("bd-b").build();
        long size = line(a).length() + 1 + line(b).length() + 1;
        ImportRun run = run(null);
        feed(run, List.of(a, b), new int[] {1, 2});
        run.finish();

        assertThat(run.isExportOf(size, 2)).isTrue();
        assertThat(run.isExportOf(size + 1, 2)).as("a blank line more").isFalse();
        assertThat(run.isExportOf(size, 3)).as("the store holds another issue").isFalse();
        assertThat(run.held()).containsExactly(a.id(), b.id());
    }

    @Test
    void aFileOutOfOrder_orWithALineInAnotherForm_isNoExport() {
        Issue a = issue("bd-a").build();
        Issue b = issue("bd-b").build();
        ImportRun unsorted = run(null);
        feed(unsorted, List.of(b, a), new int[] {1, 2});
        unsorted.finish();
        ImportRun spaced = new ImportRun(new MapTarget(), ImportRunTest::line, "importer", T0, null);
        spaced.issue(a, 1, line(a) + " ");
        spaced.finish();

        assertThat(unsorted.isExportOf(Long.MAX_VALUE, 2)).isFalse();
        assertThat(spaced.isExportOf(line(a).length() + 2, 1)).isFalse();
        assertThat(spaced.held()).isEmpty();
    }

    @Test
    void anIssueTheStoreKeptNewer_isNotHeldByTheFile() {
        Issue newer = version("bd-a", "stored, newer", 5);
        target.issues.put(newer.id(), newer);
        Issue older = version("bd-a", "file, older", 1);
        ImportRun run = run(null);
        run.issue(older, 1, line(older));
        run.finish();

        assertThat(run.result(false).unchanged()).isEqualTo(1);
        assertThat(run.unheldUnchanged()).containsExactly(newer.id());
        assertThat(run.held()).isEmpty();
    }
}
