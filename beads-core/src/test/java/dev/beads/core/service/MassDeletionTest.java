package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MassDeletionTest {
    private static final OffsetDateTime T = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    @Test
    void removedLinesAndNewTombstones_countAsDeleted_oldTombstonesDoNot() {
        List<Issue> committed = List.of(issue("a"), issue("b"), issue("c"), tombstone("d"));
        List<Issue> next = List.of(issue("a"), tombstone("b"), tombstone("d"));

        assertThat(MassDeletion.between(committed, next)).isEqualTo(new MassDeletion(3, 2));
        assertThat(MassDeletion.between(committed, next).tooMany()).isTrue();
    }

    @Test
    void halfOrLess_isNotTooMany() {
        List<Issue> committed = List.of(issue("a"), issue("b"), issue("c"), issue("d"));

        assertThat(MassDeletion.between(committed, List.of(issue("a"), issue("b")))
                        .tooMany())
                .isFalse();
        assertThat(MassDeletion.between(committed, List.of(issue("a"))).tooMany())
                .isTrue();
        assertThat(MassDeletion.between(List.of(), List.of()).tooMany()).isFalse();
    }

    private static Issue issue(String id) {
        return Issue.builder()
                .id(IssueId.of("bd-" + id))
                .title(id)
                .createdAt(T)
                .updatedAt(T)
                .build();
    }

    private static Issue tombstone(String id) {
        return issue(id).toBuilder().status(Status.TOMBSTONE).deletedAt(T).build();
    }
}
