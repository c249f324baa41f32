package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The first and last value each value type accepts, and the first it refuses, with the message a user reads. */
class ValueLimitsTest {

    @Test
    void priority_isZeroToFour() {
        assertThat(Priority.of(0).value()).isZero();
        assertThat(Priority.of(4).value()).isEqualTo(4);
        assertThat(Priority.parse("P0")).isEqualTo(Priority.of(0));
        assertThat(Priority.parse("p4")).isEqualTo(Priority.of(4));

        assertThatThrownBy(() -> Priority.of(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid priority -1: use 0 (highest) to 4 (lowest), or P0-P4");
        assertThatThrownBy(() -> Priority.of(5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid priority 5: use 0 (highest) to 4 (lowest), or P0-P4");
        assertThatThrownBy(() -> Priority.parse("P5")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anIssueType_isNeverBlank() {
        assertThatThrownBy(() -> new IssueType(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("issue type must not be empty: use bug, feature, task, epic or chore");
        assertThatThrownBy(() -> IssueType.of("")).isInstanceOf(InvalidInputException.class);
        assertThat(new IssueType("x").name()).isEqualTo("x");
    }

    @Test
    void anUpdate_toABlankTitle_isRefused_butNoTitleIsNoChange() {
        IssueId id = IssueId.of("bd-1");

        assertThatThrownBy(() -> UpdateIssue.builder(id).title(" ").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("title is required: give the issue a title of 1-500 characters");
        assertThat(UpdateIssue.builder(id).title("x").build().title()).isEqualTo("x");
        assertThat(UpdateIssue.builder(id).build().title()).isNull();
    }

    @Test
    void anIdStartingWithADot_hasNoParent_andOnlyADotAfterTheHyphenMakesAChild() {
        assertThat(IssueId.of(".1").parent()).isEmpty();
        assertThat(IssueId.of("bd.x-a3f8").parent()).isEmpty();
        assertThat(IssueId.of("bd-a3f8.2").parent()).contains(IssueId.of("bd-a3f8"));
    }

    @Test
    void aStatus_readsAsItsName_inMessages() {
        assertThat(Status.IN_PROGRESS).hasToString("in_progress");
        // Issue 8: the rule lives in IssueRules (what commands write), not in the model.
        Issue openWithClosedAt = Issue.builder()
                .id(IssueId.of("bd-1"))
                .title("t")
                .status(Status.OPEN)
                .closedAt(java.time.OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .createdAt(java.time.OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .updatedAt(java.time.OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .build();
        assertThat(IssueRules.check(openWithClosedAt))
                .extracting(IssueRules.Violation::message)
                .containsExactly("has closed_at but its status is open: only closed issues have closed_at");
    }
}
