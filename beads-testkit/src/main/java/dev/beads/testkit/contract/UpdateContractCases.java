package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code bd update}, {@code bd close}, {@code bd reopen}: only what is given changes; closed_at follows status. */
abstract class UpdateContractCases extends PortCases {

    private Issue original() {
        return commands()
                .create(request("Original")
                        .description("d0")
                        .design("g0")
                        .acceptanceCriteria("a0")
                        .notes("n0")
                        .priority(Priority.of(3))
                        .type(IssueType.FEATURE)
                        .assignee("ann")
                        .estimatedMinutes(10)
                        .externalRef("ext-0")
                        .labels(List.of("keep"))
                        .build());
    }

    private Issue update(Issue issue, UnaryOperator<UpdateIssue.Builder> change) {
        return commands()
                .update(change.apply(UpdateIssue.builder(issue.id()).actor(ACTOR))
                        .build());
    }

    /** The updated issue with the changed field put back and updated_at restored equals the original. */
    private void assertOnlyChanged(Issue before, Issue after, UnaryOperator<Issue.Builder> restore) {
        assertThat(after.updatedAt()).isAfterOrEqualTo(before.updatedAt());
        assertThat(restore.apply(after.toBuilder().updatedAt(before.updatedAt()))
                        .build())
                .isEqualTo(before);
        assertThat(show(before.id())).isEqualTo(after);
    }

    @Test
    void update_ofEachField_changesThatFieldOnly() {
        Issue issue = original();
        Issue after = update(issue, u -> u.title("T1"));
        assertThat(after.title()).isEqualTo("T1");
        assertOnlyChanged(issue, after, b -> b.title("Original"));

        issue = after;
        after = update(issue, u -> u.description("d1"));
        assertThat(after.description()).isEqualTo("d1");
        assertOnlyChanged(issue, after, b -> b.description("d0"));

        issue = after;
        after = update(issue, u -> u.design("g1").acceptanceCriteria("a1").notes("n1"));
        assertThat(after)
                .extracting(Issue::design, Issue::acceptanceCriteria, Issue::notes)
                .containsExactly("g1", "a1", "n1");
        assertOnlyChanged(
                issue, after, b -> b.design("g0").acceptanceCriteria("a0").notes("n0"));

        issue = after;
        after = update(issue, u -> u.priority(Priority.of(0)).type(IssueType.BUG));
        assertThat(after).extracting(Issue::priority, Issue::issueType).containsExactly(Priority.of(0), IssueType.BUG);
        assertOnlyChanged(issue, after, b -> b.priority(Priority.of(3)).issueType(IssueType.FEATURE));

        issue = after;
        after = update(issue, u -> u.assignee("bob").estimatedMinutes(45).externalRef("ext-1"));
        assertThat(after)
                .extracting(Issue::assignee, Issue::estimatedMinutes, Issue::externalRef)
                .containsExactly("bob", 45, "ext-1");
        assertOnlyChanged(
                issue, after, b -> b.assignee("ann").estimatedMinutes(10).externalRef("ext-0"));
    }

    @Test
    void update_withAnEmptyAssignee_unassigns() {
        Issue issue = original();
        assertThat(update(issue, u -> u.assignee("")).assignee()).isEmpty();
    }

    @Test
    void update_thatChangesNothing_returnsTheIssueUnchanged() {
        Issue issue = original();

        assertThat(update(issue, u -> u)).isEqualTo(issue);
        assertThat(update(issue, u -> u.title("Original").assignee("ann"))).isEqualTo(issue);
        assertThat(show(issue.id())).isEqualTo(issue);
    }

    @Test
    void update_ofLabels_addsRemovesOrReplacesThem() {
        Issue issue = original();

        Issue added = update(issue, u -> u.addLabels(List.of("new", "urgent")).removeLabels(List.of("keep")));
        assertThat(added.labels()).containsExactly("new", "urgent");
        Issue replaced = update(added, u -> u.setLabels(List.of("only")));
        assertThat(replaced.labels()).containsExactly("only");
        assertThat(queries().labels(issue.id())).containsExactly("only");
    }

    @Test
    void update_ofStatus_toClosedSetsClosedAt_andAwayClearsItWithTheReason() {
        Issue issue = original();

        Issue started = update(issue, u -> u.status(Status.IN_PROGRESS));
        assertThat(started.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(started.closedAt()).isNull();

        Issue closed = update(started, u -> u.status(Status.CLOSED));
        assertThat(closed.closedAt()).isNotNull().isAfterOrEqualTo(started.updatedAt());

        commands().reopen(new ReopenIssue(issue.id(), "", ACTOR));
        commands().close(new CloseIssue(issue.id(), "fixed", ACTOR));
        Issue reopened = update(show(issue.id()), u -> u.status(Status.OPEN));
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.closeReason()).isEmpty();
    }

    @Test
    void update_ofADeletedIssue_isInvalid() {
        Issue issue = original();
        commands().delete(new DeleteIssue(issue.id(), "", ACTOR));

        assertThatThrownBy(() -> update(issue, u -> u.title("again")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is deleted");
    }

    @Test
    void close_setsStatusClosedAtAndReason() {
        Issue issue = original();

        CloseResult result = commands().close(new CloseIssue(issue.id(), "fixed in main", ACTOR));

        assertThat(result).isInstanceOf(CloseResult.Closed.class);
        Issue closed = result.issue();
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closeReason()).isEqualTo("fixed in main");
        assertThat(closed.closedAt()).isNotNull().isAfterOrEqualTo(issue.createdAt());
        assertThat(show(issue.id())).isEqualTo(closed);
    }

    @Test
    void close_ofAClosedIssue_saysAlreadyClosedAndKeepsIt() {
        Issue issue = original();
        Issue closed =
                commands().close(new CloseIssue(issue.id(), "first", ACTOR)).issue();

        CloseResult again = commands().close(new CloseIssue(issue.id(), "second", ACTOR));

        assertThat(again).isInstanceOf(CloseResult.AlreadyClosed.class);
        assertThat(again.issue()).isEqualTo(closed);
        assertThat(show(issue.id()).closeReason()).isEqualTo("first");
    }

    @Test
    void reopen_clearsClosedAtAndReason() {
        Issue issue = original();
        commands().close(new CloseIssue(issue.id(), "done", ACTOR));

        Issue reopened = commands().reopen(new ReopenIssue(issue.id(), "not done", ACTOR));

        assertThat(reopened.status()).isEqualTo(Status.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.closeReason()).isEmpty();
        assertThat(show(issue.id())).isEqualTo(reopened);
    }

    @Test
    void reopen_ofAnIssueThatIsNotClosed_isInvalid() {
        Issue issue = original();

        assertThatThrownBy(() -> commands().reopen(new ReopenIssue(issue.id(), "", ACTOR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(issue.id().value());
        assertThat(show(issue.id())).isEqualTo(issue);
    }
}
