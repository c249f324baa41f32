package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueUpdateTest {
    private static final OffsetDateTime NOW = T0.plusDays(3);

    private final Issue open = issue("bd-1")
            .description("d")
            .assignee("ann")
            .labels(List.of("a", "b"))
            .build();

    private static UpdateIssue.Builder update() {
        return UpdateIssue.builder(id("bd-1"));
    }

    @Test
    void onlyTheGivenFieldsChange_andUpdatedAtMovesToNow() {
        Issue updated = IssueUpdate.apply(
                open, update().title("  new title ").priority(Priority.of(0)).build(), NOW);
        assertThat(updated.title()).isEqualTo("new title");
        assertThat(updated.priority()).isEqualTo(Priority.of(0));
        assertThat(updated.updatedAt()).isEqualTo(NOW);
        assertThat(updated.toBuilder()
                        .title(open.title())
                        .priority(open.priority())
                        .updatedAt(T0)
                        .build())
                .isEqualTo(open);
    }

    @Test
    void everyScalarField_canBeSet() {
        Issue updated = IssueUpdate.apply(
                open,
                update().description("D")
                        .design("G")
                        .acceptanceCriteria("A")
                        .notes("N")
                        .type(IssueType.BUG)
                        .assignee("")
                        .estimatedMinutes(30)
                        .externalRef("gh-1")
                        .build(),
                NOW);
        assertThat(updated)
                .extracting(
                        Issue::description,
                        Issue::design,
                        Issue::acceptanceCriteria,
                        Issue::notes,
                        Issue::issueType,
                        Issue::assignee,
                        Issue::estimatedMinutes,
                        Issue::externalRef)
                .containsExactly("D", "G", "A", "N", IssueType.BUG, "", 30, "gh-1");
    }

    @Test
    void anEmptyOrNoOpUpdate_returnsTheSameIssue() {
        assertThat(IssueUpdate.apply(open, update().build(), NOW)).isSameAs(open);
        assertThat(IssueUpdate.apply(
                        open,
                        update().description("d")
                                .assignee("ann")
                                .addLabels(List.of("a"))
                                .build(),
                        NOW))
                .isSameAs(open);
    }

    @Test
    void closingThroughStatus_setsClosedAt() {
        Issue closed = IssueUpdate.apply(open, update().status(Status.CLOSED).build(), NOW);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(IssueUpdate.eventType(open, closed)).isEqualTo(EventType.CLOSED);
    }

    @Test
    void leavingClosed_clearsClosedAtAndCloseReason() {
        Issue closed = open.toBuilder()
                .status(Status.CLOSED)
                .closedAt(T0)
                .closeReason("done")
                .build();
        Issue reopened =
                IssueUpdate.apply(closed, update().status(Status.IN_PROGRESS).build(), NOW);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.closeReason()).isEmpty();
        assertThat(IssueUpdate.eventType(closed, reopened)).isEqualTo(EventType.REOPENED);
    }

    @Test
    void closedToClosed_keepsTheOriginalClosedAt() {
        Issue closed = open.toBuilder().status(Status.CLOSED).closedAt(T0).build();
        assertThat(IssueUpdate.apply(closed, update().status(Status.CLOSED).build(), NOW))
                .isSameAs(closed);
    }

    @Test
    void eventType_isStatusChangedOrUpdated() {
        Issue started =
                IssueUpdate.apply(open, update().status(Status.IN_PROGRESS).build(), NOW);
        assertThat(IssueUpdate.eventType(open, started)).isEqualTo(EventType.STATUS_CHANGED);
        Issue retitled = IssueUpdate.apply(open, update().title("x").build(), NOW);
        assertThat(IssueUpdate.eventType(open, retitled)).isEqualTo(EventType.UPDATED);
    }

    @Test
    void labels_areAddedRemovedOrReplaced() {
        assertThat(IssueUpdate.apply(
                                open,
                                update().addLabels(List.of("c"))
                                        .removeLabels(List.of("a"))
                                        .build(),
                                NOW)
                        .labels())
                .containsExactly("b", "c");
        assertThat(IssueUpdate.apply(open, update().setLabels(List.of("z")).build(), NOW)
                        .labels())
                .containsExactly("z");
        assertThat(IssueUpdate.apply(open, update().setLabels(List.of()).build(), NOW)
                        .labels())
                .isEmpty();
    }

    @Test
    void aLabelWithSpaces_isInvalid() {
        assertThatThrownBy(() -> IssueUpdate.apply(
                        open, update().addLabels(List.of("two words")).build(), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two words");
    }
}
