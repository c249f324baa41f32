package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.aClosedIssue;
import static dev.beads.testkit.Issues.aTombstone;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class QueryServiceTest {
    private static final OffsetDateTime NOW = T0.plusDays(100);

    private final ServiceFixture f = new ServiceFixture();

    @Test
    void stale_takesIssuesNotUpdatedForTheGivenDays_oldestUpdateFirst() {
        f.seed(
                anIssue("bd-fresh").updatedAt(NOW.minusDays(30).plusSeconds(1)).build(),
                anIssue("bd-edge").updatedAt(NOW.minusDays(30)).build(),
                anIssue("bd-old").updatedAt(NOW.minusDays(31)).build(),
                anIssue("bd-older").inProgress().updatedAt(NOW.minusDays(60)).build(),
                anIssue("bd-blocked")
                        .status(Status.BLOCKED)
                        .updatedAt(NOW.minusDays(40))
                        .build(),
                aClosedIssue("bd-closed").updatedAt(NOW.minusDays(90)).build(),
                anIssue("bd-deferred")
                        .status(Status.DEFERRED)
                        .updatedAt(NOW.minusDays(90))
                        .build(),
                aTombstone("bd-gone").updatedAt(NOW.minusDays(90)).build());
        f.clock.set(NOW);

        assertThat(f.queries.stale(30, null, 0))
                .extracting(i -> i.id().value())
                .containsExactly("bd-older", "bd-blocked", "bd-old");
        assertThat(f.queries.stale(30, null, 2))
                .extracting(i -> i.id().value())
                .containsExactly("bd-older", "bd-blocked");
        assertThat(f.queries.stale(30, Status.CLOSED, 0))
                .extracting(i -> i.id().value())
                .containsExactly("bd-closed");
        assertThat(f.queries.stale(0, Status.OPEN, 0))
                .extracting(i -> i.id().value())
                .containsExactly("bd-old", "bd-edge", "bd-fresh");
    }

    @Test
    void stale_comparesInstants_whateverTheOffset() {
        f.seed(anIssue("bd-pst")
                .updatedAt(NOW.minusDays(30)
                        .minusHours(1)
                        .atZoneSameInstant(java.time.ZoneOffset.ofHours(-8))
                        .toOffsetDateTime())
                .build());
        f.clock.set(NOW);

        assertThat(f.queries.stale(30, null, 0)).extracting(i -> i.id().value()).containsExactly("bd-pst");
    }

    @Test
    void stats_averagesLeadTimeOverClosedIssues() {
        f.seed(
                aClosedIssue("bd-a").closedAt(T0.plusHours(10)).build(),
                aClosedIssue("bd-b").closedAt(T0.plusHours(20)).build(),
                anIssue("bd-c").build());

        Statistics stats = f.queries.stats();

        assertThat(stats.averageLeadTimeHours()).isEqualTo(15.0);
        assertThat(stats.closed()).isEqualTo(2);
        assertThat(stats.open()).isEqualTo(1);
    }

    @Test
    void stats_ofAnEmptyWorkspace_isAllZero() {
        assertThat(f.queries.stats()).isEqualTo(new Statistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0));
    }

    @Test
    void stats_countsPinnedIssues_tombstonesIncluded_asGoBdsQueryDoes() {
        // Go bd v0.39.1 internal/storage/sqlite/events.go:124: SUM(CASE WHEN pinned = 1 ...) over all rows.
        f.seed(
                anIssue("bd-p").build().toBuilder().pinned(true).build(),
                aTombstone("bd-gone").build().toBuilder().pinned(true).build(),
                anIssue("bd-plain").build());

        assertThat(f.queries.stats().pinned()).isEqualTo(2);
    }

    @Test
    void stats_countsDeferredIssues_andBlockedFromTheRepository() {
        f.seed(
                anIssue("bd-d").status(Status.DEFERRED).build(),
                anIssue("bd-blocker").build(),
                anIssue("bd-child").childOf("bd-epic").build(),
                anIssue("bd-epic").type(IssueType.EPIC).blockedBy("bd-blocker").build());

        Statistics stats = f.queries.stats();

        assertThat(stats.deferred()).isEqualTo(1);
        assertThat(stats.blocked()).isEqualTo(2);
        assertThat(stats.ready()).isEqualTo(1);
    }

    @Test
    void show_leavesOutEdgesToIdsThatDoNotExist() {
        f.seed(
                anIssue("bd-a").blockedBy("bd-b", "ext-9").build(),
                anIssue("bd-b").build());

        IssueDetails details = f.queries.show(id("bd-a"));

        assertThat(details.issue().dependencies()).hasSize(2);
        assertThat(details.dependsOn()).extracting(r -> r.issue().id()).containsExactly(id("bd-b"));
    }

    @Test
    void dependencyTree_leavesOutDeletedIssues() {
        f.seed(
                anIssue("bd-root").blockedBy("bd-gone", "bd-live").build(),
                aTombstone("bd-gone").build(),
                anIssue("bd-live").build());

        assertThat(f.queries.dependencyTree(id("bd-root"), TreeDirection.DOWN, 5))
                .extracting(n -> n.issue().id().value())
                .containsExactly("bd-root", "bd-live");
    }

    @Test
    void dependencyCycles_reportsCyclesThatCameInThroughImports_butNotRelatedLoops() {
        f.seed(
                anIssue("bd-a").blockedBy("bd-b").build(),
                anIssue("bd-b").dependsOn("bd-c", DependencyType.PARENT_CHILD).build(),
                anIssue("bd-c").blockedBy("bd-a").build(),
                anIssue("bd-x").dependsOn("bd-y", DependencyType.RELATED).build(),
                anIssue("bd-y").dependsOn("bd-x", DependencyType.RELATED).build());

        assertThat(f.queries.dependencyCycles()).containsExactly(java.util.List.of(id("bd-a"), id("bd-b"), id("bd-c")));
    }

    @Test
    void epicStatus_ignoresDeletedChildren() {
        f.seed(
                anIssue("bd-epic").type(IssueType.EPIC).build(),
                aClosedIssue("bd-done").childOf("bd-epic").build(),
                aTombstone("bd-dropped").childOf("bd-epic").build());

        assertThat(f.queries.epicStatus(true)).singleElement().satisfies(s -> {
            assertThat(s.totalChildren()).isEqualTo(1);
            assertThat(s.eligibleForClose()).isTrue();
        });
    }

    @Test
    void resolve_handlesPrefixesWithHyphens_andRejectsBlankInput() {
        f.config.set("issue_prefix", "my-proj");
        f.seed(anIssue("my-proj-a1b2").build(), anIssue("my-proj-a1c3").build());

        assertThat(f.queries.resolve("a1b2")).isEqualTo(id("my-proj-a1b2"));
        assertThat(f.queries.resolve("my-proj-a1c")).isEqualTo(id("my-proj-a1c3"));
        assertThatThrownBy(() -> f.queries.resolve("a1"))
                .isInstanceOf(AmbiguousIdException.class)
                .satisfies(e -> assertThat(((AmbiguousIdException) e).matches())
                        .containsExactly("my-proj-a1b2", "my-proj-a1c3"));
        assertThatThrownBy(() -> f.queries.resolve("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> f.queries.resolve("a b")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void resolve_matchesTheStartOfAnId_notAnyFragment() {
        f.seed(anIssue("bd-abc123").build());

        assertThatThrownBy(() -> f.queries.resolve("c12"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no issue found");
    }

    @Test
    void search_withABlankQuery_isAList() {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").build());

        assertThat(f.queries.search("  ", null)).extracting(Issue::id).containsExactly(id("bd-1"), id("bd-2"));
    }
}
