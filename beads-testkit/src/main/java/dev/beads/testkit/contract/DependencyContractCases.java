package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import org.junit.jupiter.api.Test;

/** {@code bd dep}: adding, refusing cycles with their path, removing, trees and cycle reports. */
abstract class DependencyContractCases extends PortCases {

    @Test
    void addDependency_storesTheEdgeOnTheDependentIssue() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");

        Dependency edge = commands().addDependency(new AddDependency(b.id(), a.id(), null, ACTOR));

        assertThat(edge.issueId()).isEqualTo(b.id());
        assertThat(edge.dependsOnId()).isEqualTo(a.id());
        assertThat(edge.type()).isEqualTo(DependencyType.BLOCKS);
        assertThat(edge.createdBy()).isEqualTo(ACTOR);
        assertThat(show(b.id()).dependencies()).containsExactly(edge);
        assertThat(show(a.id()).dependencies()).isEmpty();
    }

    @Test
    void addDependency_again_returnsTheExistingEdge() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Dependency first = depend(b, a);

        Dependency again = depend(b, a);

        assertThat(again).isEqualTo(first);
        assertThat(show(b.id()).dependencies()).containsExactly(first);
    }

    @Test
    void addDependency_ofAnotherTypeBetweenTheSamePair_isAConflict() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        depend(b, a);

        assertThatThrownBy(() -> depend(b, a, DependencyType.RELATED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("bd-b already depends on bd-a (blocks)");
    }

    @Test
    void addDependency_closingACycle_isAConflictShowingThePath() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Issue c = createWithId("bd-c");
        depend(a, b);
        depend(b, c, DependencyType.PARENT_CHILD);

        assertThatThrownBy(() -> depend(c, a))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("bd-c → bd-a → bd-b → bd-c");
        assertThatThrownBy(() -> depend(b, a))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("bd-b → bd-a → bd-b");
        assertThat(show(c.id()).dependencies()).isEmpty();
        assertThat(queries().dependencyCycles()).isEmpty();
    }

    @Test
    void relatedEdges_mayGoBothWays() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");

        depend(a, b, DependencyType.RELATED);
        depend(b, a, DependencyType.RELATED);

        assertThat(show(b.id()).dependencies())
                .extracting(Dependency::dependsOnId)
                .containsExactly(a.id());
        assertThat(queries().dependencyCycles()).isEmpty();
    }

    @Test
    void addDependency_onAnUnknownOrDeletedIssue_isRefused() {
        Issue a = createWithId("bd-a");
        Issue gone = createWithId("bd-gone");
        commands().delete(new DeleteIssue(gone.id(), "", ACTOR));

        assertThatThrownBy(() -> commands().addDependency(new AddDependency(a.id(), id("bd-nope"), null, ACTOR)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("bd-nope");
        assertThatThrownBy(() -> commands().addDependency(new AddDependency(id("bd-nope"), a.id(), null, ACTOR)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> depend(a, gone))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bd-gone");
    }

    @Test
    void removeDependency_removesTheEdge_andASecondRemoveIsNotFound() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Dependency edge = depend(b, a);

        Dependency removed = commands().removeDependency(new RemoveDependency(b.id(), a.id(), ACTOR));

        assertThat(removed).isEqualTo(edge);
        assertThat(show(b.id()).dependencies()).isEmpty();
        assertThatThrownBy(() -> commands().removeDependency(new RemoveDependency(b.id(), a.id(), ACTOR)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("bd-b")
                .hasMessageContaining("bd-a");
    }

    @Test
    void dependencyTree_down_followsWhatTheRootDependsOn() {
        Issue root = createWithId("bd-root");
        Issue mid = createWithId("bd-mid");
        Issue leaf = createWithId("bd-leaf");
        Issue side = createWithId("bd-side");
        depend(root, mid);
        depend(mid, leaf);
        depend(root, side, DependencyType.RELATED);

        assertThat(queries().dependencyTree(root.id(), TreeDirection.DOWN, 10))
                .extracting(n -> n.issue().id().value(), TreeNode::depth, TreeNode::type, TreeNode::truncated)
                .containsExactly(
                        tuple("bd-root", 0, null, false),
                        tuple("bd-mid", 1, DependencyType.BLOCKS, false),
                        tuple("bd-leaf", 2, DependencyType.BLOCKS, false),
                        tuple("bd-side", 1, DependencyType.RELATED, false));
    }

    @Test
    void dependencyTree_up_followsDependents_andBothShowsDownThenUp() {
        Issue root = createWithId("bd-root");
        Issue below = createWithId("bd-below");
        Issue above = createWithId("bd-above");
        depend(root, below);
        depend(above, root);

        assertThat(queries().dependencyTree(root.id(), TreeDirection.UP, 10))
                .extracting(n -> n.issue().id().value(), TreeNode::direction)
                .containsExactly(tuple("bd-root", TreeDirection.DOWN), tuple("bd-above", TreeDirection.UP));
        assertThat(queries().dependencyTree(root.id(), TreeDirection.BOTH, 10))
                .extracting(
                        n -> n.issue().id().value(),
                        TreeNode::direction,
                        n -> n.parentId() == null ? null : n.parentId().value())
                .containsExactly(
                        tuple("bd-root", TreeDirection.DOWN, null),
                        tuple("bd-below", TreeDirection.DOWN, "bd-root"),
                        tuple("bd-above", TreeDirection.UP, "bd-root"));
    }

    @Test
    void dependencyTree_stopsAtMaxDepthAndSaysSo() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Issue c = createWithId("bd-c");
        depend(a, b);
        depend(b, c);

        assertThat(queries().dependencyTree(a.id(), TreeDirection.DOWN, 1))
                .extracting(n -> n.issue().id().value(), TreeNode::truncated)
                .containsExactly(tuple("bd-a", false), tuple("bd-b", true));
    }

    @Test
    void dependencyTree_withANegativeDepth_isInvalid() {
        Issue a = createWithId("bd-a");

        assertThatThrownBy(() -> queries().dependencyTree(a.id(), TreeDirection.DOWN, -1))
                .isInstanceOf(InvalidInputException.class);
    }
}
