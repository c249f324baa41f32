package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.aClosedIssue;
import static dev.beads.testkit.Issues.aTombstone;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.AddDependency;
import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.core.model.WorkFilter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each query and rule selects: which edges count as children, which issues a filter or a cycle check sees. */
class QuerySelectionTest {
    private final ServiceFixture f = new ServiceFixture();

    @Test
    void epicStatus_countsParentChildEdgesOnly_notTheIssuesTheEpicBlocks() {
        f.seed(
                anIssue("bd-epic").type(IssueType.EPIC).build(),
                aClosedIssue("bd-child").childOf("bd-epic").build(),
                anIssue("bd-waiting").blockedBy("bd-epic").build(),
                anIssue("bd-see-also")
                        .dependsOn("bd-epic", DependencyType.RELATED)
                        .build());

        assertThat(f.queries.epicStatus(false)).singleElement().satisfies(s -> {
            assertThat(s.totalChildren()).isEqualTo(1);
            assertThat(s.closedChildren()).isEqualTo(1);
            assertThat(s.eligibleForClose()).isTrue();
        });
    }

    @Test
    void cycleCheck_doesNotFollowTheEdgesOfADeletedIssue() {
        // bd-a → bd-gone → bd-b: bd-gone is a tombstone that came in by import with its edge kept.
        f.seed(
                anIssue("bd-a").blockedBy("bd-gone").build(),
                aTombstone("bd-gone").blockedBy("bd-b").build(),
                anIssue("bd-b").build());

        f.commands.addDependency(new AddDependency(id("bd-b"), id("bd-a"), DependencyType.BLOCKS, ACTOR));

        assertThat(f.stored(id("bd-b")).dependencies())
                .extracting(d -> d.dependsOnId().value())
                .containsExactly("bd-a");
    }

    @Test
    void blocked_appliesItsFilter() {
        f.seed(
                anIssue("bd-blocker").build(),
                anIssue("bd-mine").assignee("alice").blockedBy("bd-blocker").build(),
                anIssue("bd-theirs").assignee("bob").blockedBy("bd-blocker").build());
        WorkFilter alices = new WorkFilter("alice", false, null, Set.of(), Set.of(), Set.of(), null, 0);

        assertThat(f.queries.blocked(alices))
                .extracting(b -> b.issue().id().value())
                .containsExactly("bd-mine");
        assertThat(f.queries.blocked(null)).extracting(BlockedIssue::issue).hasSize(2);
    }

    @Test
    void ready_appliesItsFilter() {
        f.seed(
                anIssue("bd-mine").assignee("alice").build(),
                anIssue("bd-theirs").assignee("bob").build());
        WorkFilter alices = new WorkFilter("alice", false, null, Set.of(), Set.of(), Set.of(), null, 0);

        assertThat(f.queries.ready(alices)).extracting(i -> i.id().value()).containsExactly("bd-mine");
        assertThat(f.queries.ready(null)).hasSize(2);
    }

    @Test
    void resolve_prefersTheExactIdOverLongerIdsThatStartWithIt() {
        f.seed(anIssue("bd-a3f8").build(), anIssue("bd-a3f8x").build());

        assertThat(f.queries.resolve("bd-a3f8")).isEqualTo(id("bd-a3f8"));
        assertThat(f.queries.resolve("a3f8")).isEqualTo(id("bd-a3f8"));
        assertThat(f.queries.resolve("a3f8x")).isEqualTo(id("bd-a3f8x"));
        assertThatThrownBy(() -> f.queries.resolve("a3f"))
                .isInstanceOf(AmbiguousIdException.class)
                .satisfies(
                        e -> assertThat(((AmbiguousIdException) e).matches()).containsExactly("bd-a3f8", "bd-a3f8x"));
    }

    @Test
    void dependencyTree_ofDepthZero_isTheRootAlone_markedTruncatedWhenItHasEdges() {
        f.seed(
                anIssue("bd-root").blockedBy("bd-leaf").build(),
                anIssue("bd-leaf").build(),
                anIssue("bd-alone").build());

        assertThat(f.queries.dependencyTree(id("bd-root"), TreeDirection.DOWN, 0))
                .singleElement()
                .satisfies(root -> {
                    assertThat(root.issue().id()).isEqualTo(id("bd-root"));
                    assertThat(root.truncated()).isTrue();
                });
        assertThat(f.queries.dependencyTree(id("bd-alone"), TreeDirection.BOTH, 0))
                .singleElement()
                .extracting(TreeNode::truncated)
                .isEqualTo(false);
        assertThat(f.queries.dependencyTree(id("bd-leaf"), TreeDirection.UP, 0))
                .singleElement()
                .extracting(TreeNode::truncated)
                .isEqualTo(true);
    }

    @Test
    void stale_ofZeroDays_isEveryIssueNotUpdatedSinceNow_andALimitOfZeroIsNone() {
        f.seed(
                anIssue("bd-old").build(),
                anIssue("bd-older")
                        .createdAt(dev.beads.testkit.Issues.T0.minusDays(1))
                        .build());
        f.clock.set(dev.beads.testkit.Issues.T0.plusSeconds(1));

        assertThat(f.queries.stale(0, null, 0)).extracting(i -> i.id().value()).containsExactly("bd-older", "bd-old");
        assertThat(f.queries.stale(0, null, 1)).extracting(i -> i.id().value()).containsExactly("bd-older");
    }
}
