package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IssueRulesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Issue.Builder valid() {
        return Issue.builder().id(IssueId.of("bd-1")).title("T").createdAt(T0).updatedAt(T0);
    }

    @Test
    void givenIssueACommandCouldWrite_check_findsNothing() {
        assertThat(IssueRules.check(valid().build())).isEmpty();
        assertThat(IssueRules.check(valid().status(Status.CLOSED).closedAt(T0).build()))
                .isEmpty();
    }

    @Test
    void givenEveryBreak_check_namesEachRule_inOrder() {
        Issue broken = valid().id(IssueId.stored("bd-1\nlog"))
                .title("")
                .status(Status.CLOSED)
                .priority(Priority.stored(5))
                .estimatedMinutes(-1)
                .createdAt(Timestamps.GO_ZERO)
                .updatedAt(Timestamps.GO_ZERO)
                .build();

        assertThat(IssueRules.check(broken))
                .extracting(IssueRules.Violation::rule)
                .containsExactly(
                        "id-shape",
                        "title-required",
                        "closed-without-closed-at",
                        "priority-range",
                        "negative-estimate",
                        "missing-created-at",
                        "missing-updated-at");
    }

    @Test
    void givenLongTitleOrClosedAtWhileOpen_check_namesThem() {
        assertThat(IssueRules.check(valid().title("x".repeat(501)).build()))
                .extracting(IssueRules.Violation::rule)
                .containsExactly("title-too-long");
        assertThat(IssueRules.check(valid().title("x".repeat(500)).build())).isEmpty();
        assertThat(IssueRules.check(valid().closedAt(T0).build()))
                .extracting(IssueRules.Violation::rule)
                .containsExactly("closed-at-not-closed");
        assertThat(IssueRules.check(
                        valid().status(Status.TOMBSTONE).closedAt(T0).build()))
                .isEmpty();
    }

    @Test
    void introduced_leavesOutBreaksTheStoredIssueHad() {
        Issue stored = valid().status(Status.CLOSED).build();
        Issue next = stored.toBuilder().priority(Priority.stored(7)).build();

        assertThat(IssueRules.introduced(stored, next))
                .extracting(IssueRules.Violation::rule)
                .containsExactly("priority-range");
        assertThat(IssueRules.introduced(null, next)).hasSize(2);
        assertThat(IssueRules.introduced(next, next)).isEmpty();
    }

    @Test
    void idAndPriority_validateWhatCommandsGive_butKeepWhatHistoryHolds() {
        assertThat(IssueId.stored("bd 1").value()).isEqualTo("bd 1");
        assertThat(IssueId.hasValidShape("bd 1")).isFalse();
        assertThatThrownBy(() -> IssueId.of("bd 1")).hasMessageContaining("invalid issue id");
        assertThat(Priority.stored(9).inRange()).isFalse();
        assertThatThrownBy(() -> Priority.of(9)).hasMessageContaining("invalid priority");
    }
}
