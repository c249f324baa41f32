package dev.beads.testkit;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuesTest {

    @Test
    void anIssue_hasFixedDefaults() {
        Issue issue = Issues.anIssue().build();

        assertThat(issue.id()).isEqualTo(id("bd-1"));
        assertThat(issue.title()).isEqualTo("Issue bd-1");
        assertThat(issue.status()).isEqualTo(Status.OPEN);
        assertThat(issue.priority()).isEqualTo(Priority.of(2));
        assertThat(issue.issueType()).isEqualTo(IssueType.TASK);
        assertThat(issue.createdAt()).isEqualTo(T0).isEqualTo(issue.updatedAt());
        assertThat(issue.closedAt()).isNull();
    }

    @Test
    void givenCreatedAt_updatedAtFollowsUnlessSet() {
        Issue follows = Issues.anIssue().createdAt(T0.plusHours(1)).build();
        Issue explicit = Issues.anIssue()
                .updatedAt(T0.plusHours(5))
                .createdAt(T0.plusHours(1))
                .build();

        assertThat(follows.updatedAt()).isEqualTo(T0.plusHours(1));
        assertThat(explicit.updatedAt()).isEqualTo(T0.plusHours(5));
    }

    @Test
    void closed_setsClosedAtToUpdatedAt_orTheGivenTime() {
        Issue byDefault = Issues.aClosedIssue("bd-2").updatedAt(T0.plusHours(3)).build();
        Issue explicit = Issues.anIssue("bd-3").closedAt(T0.plusHours(7)).build();

        assertThat(byDefault.status()).isEqualTo(Status.CLOSED);
        assertThat(byDefault.closedAt()).isEqualTo(T0.plusHours(3));
        assertThat(explicit.status()).isEqualTo(Status.CLOSED);
        assertThat(explicit.closedAt()).isEqualTo(T0.plusHours(7));
    }

    @Test
    void tombstone_setsDeletionFields() {
        Issue tombstone = Issues.aTombstone("bd-4").type(IssueType.BUG).build();

        assertThat(tombstone.status()).isEqualTo(Status.TOMBSTONE);
        assertThat(tombstone.deletedAt()).isEqualTo(T0);
        assertThat(tombstone.deletedBy()).isEqualTo(Issues.ACTOR);
        assertThat(tombstone.deleteReason()).isEqualTo("deleted");
        assertThat(tombstone.originalType()).isEqualTo("bug");
    }

    @Test
    void edgesAndComments_startAtTheIssue_whateverTheCallOrder() {
        Issue issue = Issues.anIssue()
                .blockedBy("bd-9")
                .childOf("bd-8")
                .comment("hello")
                .id("bd-5")
                .build();

        assertThat(issue.dependencies())
                .extracting(Dependency::issueId, Dependency::dependsOnId, Dependency::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id("bd-5"), id("bd-9"), DependencyType.BLOCKS),
                        org.assertj.core.groups.Tuple.tuple(id("bd-5"), id("bd-8"), DependencyType.PARENT_CHILD));
        assertThat(issue.comments()).containsExactly(new Comment(0, id("bd-5"), Issues.ACTOR, "hello", T0));
    }

    @Test
    void dependencyFactories_putTheDependentFirst() {
        assertThat(Issues.blocks("bd-2", "bd-1"))
                .isEqualTo(Dependency.of(id("bd-2"), id("bd-1"), DependencyType.BLOCKS, T0, ""));
        assertThat(Issues.parentChild("bd-1.1", "bd-1"))
                .isEqualTo(Dependency.of(id("bd-1.1"), id("bd-1"), DependencyType.PARENT_CHILD, T0, ""));
        assertThat(Issues.related("bd-1", "bd-2").type()).isEqualTo(DependencyType.RELATED);
        assertThat(Issues.discoveredFrom("bd-1", "bd-2").type()).isEqualTo(DependencyType.DISCOVERED_FROM);
    }

    @Test
    void labelsAndExtra_areKept() {
        Issue issue = Issues.anIssue()
                .labels("b", "a")
                .extra("zeta", "1")
                .extra("alpha", "{\"x\":true}")
                .build();

        assertThat(issue.labels()).containsExactly("a", "b");
        assertThat(issue.extra().keySet()).containsExactly("zeta", "alpha");
        assertThat(issue.extra().get("alpha")).isEqualTo(RawJson.of("{\"x\":true}"));
        assertThat(List.copyOf(issue.extra().values())).hasSize(2);
    }
}
