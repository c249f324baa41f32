package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportMergeTest {

    private static Dependency edge(String to, DependencyType type) {
        return Dependency.of(id("bd-1"), id(to), type, T0, "");
    }

    private static Comment comment(long id, String author, String text) {
        return new Comment(id, id("bd-1"), author, text, T0);
    }

    @Test
    void aNewerFileVersion_winsTheScalarFields() {
        Issue stored = issue("bd-1").title("old").build();
        Issue incoming = issue("bd-1").title("new").updatedAt(T0.plusSeconds(1)).build();
        assertThat(ImportMerge.merge(stored, incoming)).isEqualTo(incoming);
    }

    @Test
    void anOlderOrEqualFileVersion_keepsTheStoredFields() {
        Issue stored = issue("bd-1").title("stored").build();
        assertThat(ImportMerge.merge(stored, issue("bd-1").title("tie").build()))
                .isEqualTo(stored);
        assertThat(ImportMerge.merge(
                        stored,
                        issue("bd-1").title("older").updatedAt(T0.minusNanos(1)).build()))
                .isEqualTo(stored);
    }

    @Test
    void updatedAt_isComparedAsInstantsNotText() {
        // 10:00-08:00 is 18:00Z: after the stored 17:00Z although its text sorts first.
        Issue stored = issue("bd-1")
                .title("stored")
                .updatedAt(OffsetDateTime.of(2025, 1, 1, 17, 0, 0, 0, ZoneOffset.UTC))
                .build();
        Issue incoming = issue("bd-1")
                .title("file")
                .updatedAt(OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-8)))
                .build();
        assertThat(ImportMerge.merge(stored, incoming).title()).isEqualTo("file");
    }

    @Test
    void labels_areUnited() {
        Issue stored = issue("bd-1").labels(List.of("a", "b")).build();
        Issue incoming = issue("bd-1")
                .labels(List.of("c", "a"))
                .updatedAt(T0.plusSeconds(1))
                .build();
        assertThat(ImportMerge.merge(stored, incoming).labels()).containsExactly("a", "b", "c");
        assertThat(ImportMerge.merge(incoming, stored).labels()).containsExactly("a", "b", "c");
    }

    @Test
    void dependencies_keepStoredOrderThenAddNewEdgesByFromToAndType() {
        Dependency b = edge("bd-b", DependencyType.BLOCKS);
        Dependency a = edge("bd-a", DependencyType.BLOCKS);
        Dependency aRelated = edge("bd-a", DependencyType.RELATED);
        Dependency bLater = Dependency.of(id("bd-1"), id("bd-b"), DependencyType.BLOCKS, T0.plusDays(1), "other");
        Issue stored = issue("bd-1").dependencies(List.of(b, a)).build();
        Issue incoming = issue("bd-1").dependencies(List.of(aRelated, bLater)).build();
        assertThat(ImportMerge.merge(stored, incoming).dependencies()).containsExactly(b, a, aRelated);
    }

    @Test
    void comments_dedupeByAuthorAndText_andNewOnesAwaitAFreshId() {
        Issue stored = issue("bd-1").comments(List.of(comment(7, "ann", "hi"))).build();
        Issue incoming = issue("bd-1")
                .comments(List.of(comment(3, "ann", "hi"), comment(4, "bob", "hi"), comment(5, "ann", "bye")))
                .build();
        List<Comment> merged = ImportMerge.merge(stored, incoming).comments();
        assertThat(merged).extracting(Comment::id).containsExactly(7L, 0L, 0L);
        assertThat(merged)
                .extracting(Comment::author, Comment::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ann", "hi"),
                        org.assertj.core.groups.Tuple.tuple("bob", "hi"),
                        org.assertj.core.groups.Tuple.tuple("ann", "bye"));
    }

    @Test
    void theSameIssue_mergesToAnEqualIssue() {
        Issue stored = issue("bd-1")
                .labels(List.of("x"))
                .dependencies(List.of(edge("bd-2", DependencyType.BLOCKS)))
                .comments(List.of(comment(1, "a", "t")))
                .build();
        assertThat(ImportMerge.merge(stored, stored)).isEqualTo(stored);
    }

    @Test
    void aNewerTombstone_deletesTheStoredIssue() {
        Issue stored = issue("bd-1").build();
        Issue tombstone = issue("bd-1")
                .status(dev.beads.core.model.Status.TOMBSTONE)
                .deletedAt(T0.plusHours(1))
                .updatedAt(T0.plusHours(1))
                .build();
        assertThat(ImportMerge.merge(stored, tombstone).isTombstone()).isTrue();
        assertThat(ImportMerge.merge(tombstone, stored).isTombstone()).isTrue();
    }
}
