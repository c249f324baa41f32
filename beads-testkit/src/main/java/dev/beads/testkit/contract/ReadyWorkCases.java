package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.testkit.Issues;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ready(): which issues (beads ready semantics) and in which order. */
abstract class ReadyWorkCases extends RepositoryCases {
    static final OffsetDateTime NOW = T0.plusDays(1);

    /** Ready ids in id order (equal created_at and priority make OLDEST an id order). */
    private List<String> ready() {
        return readyIds(workFilter().sort(ReadySort.OLDEST).build(), NOW);
    }

    @Test
    void openAndInProgressIssues_areReady_otherStatusesAreNot() {
        store(
                issue("bd-1"),
                issue("bd-2").inProgress(),
                issue("bd-3").status(Status.BLOCKED),
                Issues.aClosedIssue("bd-4"),
                issue("bd-5").status(Status.DEFERRED),
                issue("bd-6").status(Status.PINNED),
                Issues.aTombstone("bd-7"),
                issue("bd-8").status("review"));

        assertThat(ready()).containsExactly("bd-1", "bd-2");
    }

    @Test
    void givenAnOpenBlocker_theIssueIsNotReady_butTheBlockerIs() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"));

        assertThat(ready()).containsExactly("bd-1");
    }

    @Test
    void givenTheBlockerCloses_theIssueIsReadyAgain() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"));

        update(Issues.aClosedIssue("bd-1").build());

        assertThat(ready()).containsExactly("bd-2");
    }

    @Test
    void inProgressAndBlockedBlockers_block() {
        store(
                issue("bd-1").inProgress(),
                issue("bd-2").status(Status.BLOCKED),
                issue("bd-3").blockedBy("bd-1"),
                issue("bd-4").blockedBy("bd-2"));

        assertThat(ready()).containsExactly("bd-1");
    }

    @Test
    void closedDeferredPinnedTombstoneAndCustomStatusBlockers_doNotBlock() {
        store(
                Issues.aClosedIssue("bd-c"),
                issue("bd-d").status(Status.DEFERRED),
                issue("bd-p").status(Status.PINNED),
                Issues.aTombstone("bd-t"),
                issue("bd-r").status("review"),
                issue("bd-1").blockedBy("bd-c", "bd-d", "bd-p", "bd-t", "bd-r"));

        assertThat(ready()).containsExactly("bd-1");
    }

    @Test
    void oneOpenBlockerAmongClosedOnes_stillBlocks() {
        store(Issues.aClosedIssue("bd-c"), issue("bd-o"), issue("bd-1").blockedBy("bd-c", "bd-o"));

        assertThat(ready()).containsExactly("bd-o");
    }

    @Test
    void aBlockerThatIsItselfBlocked_stillBlocks() {
        store(issue("bd-a"), issue("bd-b").blockedBy("bd-a"), issue("bd-c").blockedBy("bd-b"));

        assertThat(ready()).containsExactly("bd-a");
    }

    @Test
    void blocking_isInheritedThroughParentChild_atDepth1To4() {
        store(
                issue("bd-blocker"),
                issue("bd-epic").blockedBy("bd-blocker"),
                issue("bd-epic.1").childOf("bd-epic"),
                issue("bd-epic.1.1").childOf("bd-epic.1"),
                issue("bd-epic.1.1.1").childOf("bd-epic.1.1"),
                issue("bd-epic.1.1.1.1").childOf("bd-epic.1.1.1"),
                issue("bd-other"));

        assertThat(ready()).containsExactly("bd-blocker", "bd-other");
    }

    @Test
    void givenTheEpicsBlockerCloses_theWholeTreeIsReady() {
        store(
                issue("bd-blocker"),
                issue("bd-epic").blockedBy("bd-blocker"),
                issue("bd-epic.1").childOf("bd-epic"),
                issue("bd-epic.1.1").childOf("bd-epic.1"),
                issue("bd-epic.1.1.1").childOf("bd-epic.1.1"));

        update(Issues.aClosedIssue("bd-blocker").build());

        assertThat(ready()).containsExactly("bd-epic", "bd-epic.1", "bd-epic.1.1", "bd-epic.1.1.1");
    }

    @Test
    void aBlockedGrandchild_blocksNeitherItsParentNorItsSiblings() {
        store(
                issue("bd-blocker"),
                issue("bd-epic"),
                issue("bd-epic.1").childOf("bd-epic"),
                issue("bd-epic.1.1").childOf("bd-epic.1").blockedBy("bd-blocker"),
                issue("bd-epic.1.2").childOf("bd-epic.1"));

        assertThat(ready()).containsExactly("bd-blocker", "bd-epic", "bd-epic.1", "bd-epic.1.2");
    }

    @Test
    void anOpenParent_doesNotBlockItsChildren() {
        store(
                issue("bd-epic"),
                issue("bd-epic.1").childOf("bd-epic"),
                issue("bd-epic.2").childOf("bd-epic"));

        assertThat(ready()).containsExactly("bd-epic", "bd-epic.1", "bd-epic.2");
    }

    @Test
    void relatedDiscoveredFromAndCustomEdges_neverBlock() {
        store(
                issue("bd-1"),
                issue("bd-2").dependsOn("bd-1", DependencyType.RELATED),
                issue("bd-3").dependsOn("bd-1", DependencyType.DISCOVERED_FROM),
                issue("bd-4").dependsOn("bd-1", DependencyType.of("supersedes")));

        assertThat(ready()).containsExactly("bd-1", "bd-2", "bd-3", "bd-4");
    }

    @Test
    void edgesToMissingIds_doNotBlock() {
        store(issue("bd-1").blockedBy("ext-404"), issue("bd-2").childOf("bd-gone"));

        assertThat(ready()).containsExactly("bd-1", "bd-2");
    }

    @Test
    void hybrid_putsRecentIssuesFirstByPriority_thenOlderOnesOldestFirst() {
        OffsetDateTime now = T0.plusDays(30);
        store(
                issue("bd-r1").priority(2).createdAt(now.minusHours(1)),
                issue("bd-r2").priority(0).createdAt(now.minusHours(47)),
                issue("bd-r3").priority(1).createdAt(now.minusHours(48)), // on the boundary: recent
                issue("bd-r4").priority(0).createdAt(now.minusHours(2)),
                issue("bd-r5").priority(0).createdAt(now.minusHours(2)),
                issue("bd-o1").priority(0).createdAt(now.minusHours(48).minusSeconds(1)),
                issue("bd-o2").priority(4).createdAt(now.minusDays(10)),
                issue("bd-o3").priority(1).createdAt(now.minusDays(5)));

        assertThat(readyIds(workFilter().sort(ReadySort.HYBRID).build(), now))
                .containsExactly("bd-r2", "bd-r4", "bd-r5", "bd-r3", "bd-r1", "bd-o2", "bd-o3", "bd-o1");
    }

    @Test
    void hybrid_isTheDefault_andRelativeToTheGivenNow() {
        store(issue("bd-1").priority(4).createdAt(T0), issue("bd-2").priority(0).createdAt(T0.plusHours(1)));

        assertThat(readyIds(work(), T0.plusHours(2))).containsExactly("bd-2", "bd-1");
        assertThat(readyIds(work(), T0.plusDays(30))).containsExactly("bd-1", "bd-2");
    }

    @Test
    void hybrid_comparesInstants_acrossOffsets() {
        OffsetDateTime now = Issues.at("2025-01-03T18:00:00Z");
        store(
                issue("bd-1").priority(0).createdAt("2025-01-01T10:00:00-08:00"), // 18:00Z, exactly 48 h: recent
                issue("bd-2").priority(0).createdAt("2025-01-01T17:59:59Z"), // older
                issue("bd-3").priority(2).createdAt("2025-01-03T17:00:00Z")); // recent

        assertThat(readyIds(work(), now)).containsExactly("bd-1", "bd-3", "bd-2");
    }

    @Test
    void prioritySort_isPriorityThenOldestThenId() {
        store(
                issue("bd-1").priority(1).createdAt(T0.plusHours(2)),
                issue("bd-2").priority(0).createdAt(T0.plusDays(40)),
                issue("bd-3").priority(1).createdAt(T0.plusHours(1)),
                issue("bd-4").priority(1).createdAt(T0.plusHours(1)));

        assertThat(readyIds(workFilter().sort(ReadySort.PRIORITY).build(), T0.plusDays(50)))
                .containsExactly("bd-2", "bd-3", "bd-4", "bd-1");
    }

    @Test
    void oldestSort_isCreatedAscendingThenId_priorityIgnored() {
        store(
                issue("bd-1").priority(0).createdAt(T0.plusHours(3)),
                issue("bd-2").priority(4).createdAt("2025-01-01T00:00:00-08:00"), // 08:00Z
                issue("bd-3").priority(2).createdAt(T0.plusHours(1)),
                issue("bd-0").priority(2).createdAt(T0.plusHours(1)));

        assertThat(readyIds(workFilter().sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-0", "bd-3", "bd-1", "bd-2");
    }

    @Test
    void filters_assigneeExact_andUnassigned() {
        store(issue("bd-1").assignee("alice"), issue("bd-2").assignee("alice2"), issue("bd-3"));

        assertThat(readyIds(
                        workFilter().assignee("alice").sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-1");
        assertThat(readyIds(workFilter().unassigned().sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-3");
    }

    @Test
    void filters_priorityExact_andTypesAnyOf() {
        store(
                issue("bd-1").priority(1).type(IssueType.BUG),
                issue("bd-2").priority(2).type(IssueType.BUG),
                issue("bd-3").priority(1).type(IssueType.FEATURE),
                issue("bd-4").priority(1).type(IssueType.TASK));

        assertThat(readyIds(workFilter().priority(1).sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-1", "bd-3", "bd-4");
        assertThat(readyIds(
                        workFilter()
                                .types(IssueType.BUG, IssueType.FEATURE)
                                .sort(ReadySort.OLDEST)
                                .build(),
                        NOW))
                .containsExactly("bd-1", "bd-2", "bd-3");
    }

    @Test
    void filters_labelsAllAndAny() {
        store(
                issue("bd-1").labels("a", "b"),
                issue("bd-2").labels("a"),
                issue("bd-3").labels("c"),
                issue("bd-4"));

        assertThat(readyIds(
                        workFilter().labelsAll("a", "b").sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-1");
        assertThat(readyIds(
                        workFilter().labelsAny("b", "c").sort(ReadySort.OLDEST).build(), NOW))
                .containsExactly("bd-1", "bd-3");
    }

    @Test
    void filters_doNotUnblock() {
        store(issue("bd-1").assignee("bob"), issue("bd-2").assignee("alice").blockedBy("bd-1"));

        assertThat(readyIds(workFilter().assignee("alice").build(), NOW)).isEmpty();
    }

    @Test
    void limit_isAppliedAfterSorting_zeroMeansNoLimit() {
        store(
                issue("bd-1").priority(3),
                issue("bd-2").priority(0),
                issue("bd-3").priority(1),
                issue("bd-4").priority(2));

        assertThat(readyIds(workFilter().sort(ReadySort.PRIORITY).limit(2).build(), NOW))
                .containsExactly("bd-2", "bd-3");
        assertThat(readyIds(workFilter().sort(ReadySort.PRIORITY).limit(0).build(), NOW))
                .containsExactly("bd-2", "bd-3", "bd-4", "bd-1");
    }

    @Test
    void ready_returnsCompleteIssues() {
        store(
                issue("bd-1")
                        .labels("x")
                        .comment(Issues.comment(4, "bd-1", "a", "c", T0))
                        .blockedBy("bd-closed"),
                Issues.aClosedIssue("bd-closed"));

        assertThat(repo().ready(work(), NOW)).containsExactly(stored("bd-1"));
    }
}
