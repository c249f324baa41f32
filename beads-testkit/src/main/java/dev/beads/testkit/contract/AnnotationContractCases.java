package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.LabelCount;
import org.junit.jupiter.api.Test;

/** {@code bd label} and {@code bd comments}. */
abstract class AnnotationContractCases extends PortCases {

    private boolean addLabel(Issue issue, String label) {
        return commands().addLabel(new AddLabel(issue.id(), label, ACTOR));
    }

    private boolean removeLabel(Issue issue, String label) {
        return commands().removeLabel(new RemoveLabel(issue.id(), label, ACTOR));
    }

    @Test
    void addLabel_saysWhetherItChangedAnything() {
        Issue issue = create("x");

        assertThat(addLabel(issue, "urgent")).isTrue();
        assertThat(addLabel(issue, "backend")).isTrue();
        assertThat(addLabel(issue, "urgent")).isFalse();
        assertThat(queries().labels(issue.id())).containsExactly("backend", "urgent");
        assertThat(show(issue.id()).labels()).containsExactly("backend", "urgent");
    }

    @Test
    void removeLabel_saysWhetherItChangedAnything() {
        Issue issue = create("x");
        addLabel(issue, "urgent");

        assertThat(removeLabel(issue, "urgent")).isTrue();
        assertThat(removeLabel(issue, "urgent")).isFalse();
        assertThat(queries().labels(issue.id())).isEmpty();
    }

    @Test
    void allLabels_countsIssuesPerLabel_withoutDeletedOnes() {
        Issue a = create("a");
        Issue b = create("b");
        Issue gone = create("gone");
        addLabel(a, "ui");
        addLabel(b, "ui");
        addLabel(b, "api");
        addLabel(gone, "legacy");
        commands().delete(new DeleteIssue(gone.id(), "", ACTOR));

        assertThat(queries().allLabels()).containsExactly(new LabelCount("api", 1), new LabelCount("ui", 2));
    }

    @Test
    void labelsOfADeletedIssue_cannotChange() {
        Issue issue = create("x");
        commands().delete(new DeleteIssue(issue.id(), "", ACTOR));

        assertThatThrownBy(() -> addLabel(issue, "late")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void addComment_returnsTheStoredCommentAndKeepsOrder() {
        Issue issue = create("x");

        Comment first = commands().addComment(new AddComment(issue.id(), "ann", "First thought"));
        Comment second = commands().addComment(new AddComment(issue.id(), "bob", "Second <b>thought</b> & more"));

        assertThat(first.id()).isPositive();
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(first.issueId()).isEqualTo(issue.id());
        assertThat(first.author()).isEqualTo("ann");
        assertThat(first.text()).isEqualTo("First thought");
        assertThat(second.createdAt()).isAfterOrEqualTo(first.createdAt());
        assertThat(queries().comments(issue.id())).containsExactly(first, second);
        assertThat(show(issue.id()).comments()).containsExactly(first, second);
    }

    @Test
    void aCommentWithoutAnAuthor_keepsItEmpty() {
        Issue issue = create("x");

        assertThat(commands()
                        .addComment(new AddComment(issue.id(), null, "anonymous"))
                        .author())
                .isEmpty();
    }
}
