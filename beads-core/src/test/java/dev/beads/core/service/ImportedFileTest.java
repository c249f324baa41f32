package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.port.JsonlDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportedFileTest {
    private static Issue version(String id, String title, int hoursLater) {
        return issue(id).title(title).updatedAt(T0.plusHours(hoursLater)).build();
    }

    @Test
    void givenAnIdThreeTimes_theLaterUpdatedAtWins_andEachOtherLineIsNamed() {
        JsonlDocument doc = new JsonlDocument(
                List.of(
                        version("bd-1", "old", 1),
                        version("bd-2", "other", 0),
                        version("bd-1", "newest", 5),
                        version("bd-1", "stale", 2)),
                new int[] {1, 3, 4, 7},
                List.of());

        ImportedFile file = ImportedFile.of(doc);

        assertThat(file.issues()).extracting(Issue::title).containsExactly("other", "newest");
        assertThat(file.lines()).containsExactly(3, 4);
        assertThat(file.hadDuplicates()).isTrue();
        assertThat(file.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(tuple(1, "duplicate-id"), tuple(7, "duplicate-id"));
        assertThat(file.warnings().getFirst().message()).contains("line 4");
    }

    @Test
    void givenATie_theLaterLineWins() {
        JsonlDocument doc = new JsonlDocument(
                List.of(version("bd-1", "first", 1), version("bd-1", "second", 1)), new int[] {1, 2}, List.of());

        ImportedFile file = ImportedFile.of(doc);

        assertThat(file.issues()).extracting(Issue::title).containsExactly("second");
        assertThat(file.warnings()).extracting(ImportWarning::line).containsExactly(1);
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

        ImportedFile file = ImportedFile.of(new JsonlDocument(List.of(a, b), new int[] {2, 5}, List.of()));

        assertThat(file.issues().getFirst().comments())
                .extracting(Comment::id, Comment::originalId)
                .containsExactly(tuple(0L, RawJson.of("1")), tuple(0L, RawJson.of("\"u-1\"")));
        assertThat(file.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(tuple(2, "comment-id-string"), tuple(5, "comment-id-repeated"));
    }

    @Test
    void records_areKeptInOrder_andReported_withRuleWarnings_inLineOrder() {
        Issue closed = issue("bd-c").status(Status.CLOSED).build();
        JsonlDocument doc = new JsonlDocument(
                List.of(closed),
                new int[] {2},
                List.of(new JsonlDocument.Verbatim(1, "{\"_type\":\"memory\"}"), new JsonlDocument.Verbatim(3, "{}")));

        ImportedFile file = ImportedFile.of(doc);

        assertThat(file.records()).containsExactly("{\"_type\":\"memory\"}", "{}");
        assertThat(file.warnings())
                .extracting(ImportWarning::line, ImportWarning::rule)
                .containsExactly(
                        tuple(1, "non-issue-record"),
                        tuple(2, "closed-without-closed-at"),
                        tuple(3, "non-issue-record"));
        assertThat(file.hadDuplicates()).isFalse();
    }
}
