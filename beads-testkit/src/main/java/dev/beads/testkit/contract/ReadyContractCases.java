package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code bd ready} and {@code bd blocked} (beads ready semantics) through the query port. */
abstract class ReadyContractCases extends PortCases {

    private static WorkFilter byId() {
        return WorkFilter.ALL.withSort(ReadySort.OLDEST);
    }

    @Test
    void anIssueWithAnOpenBlocker_isBlockedNotReady_untilTheBlockerCloses() {
        Issue blocker = createWithId("bd-blocker");
        Issue waiting = createWithId("bd-waiting");
        depend(waiting, blocker);

        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(blocker.id());
        assertThat(queries().blocked(WorkFilter.ALL)).singleElement().satisfies(b -> {
            assertThat(b.issue().id()).isEqualTo(waiting.id());
            assertThat(b.blockedBy()).containsExactly(blocker.id());
        });

        close(blocker);

        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(waiting.id());
        assertThat(queries().blocked(WorkFilter.ALL)).isEmpty();
    }

    @Test
    void childrenOfABlockedParent_areBlockedToo() {
        Issue blocker = createWithId("bd-blocker");
        Issue epic = commands()
                .create(request("Epic").id(id("bd-epic")).type(IssueType.EPIC).build());
        Issue child = commands().create(request("Child").parent(epic.id()).build());
        Issue grandchild =
                commands().create(request("Grandchild").parent(child.id()).build());
        depend(epic, blocker);

        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(blocker.id());
        assertThat(queries().blocked(WorkFilter.ALL))
                .extracting(BlockedIssue::issue)
                .extracting(Issue::id)
                .containsExactlyInAnyOrder(epic.id(), child.id(), grandchild.id());
    }

    @Test
    void relatedAndDiscoveredFromEdges_neverBlock() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Issue c = createWithId("bd-c");
        depend(b, a, DependencyType.RELATED);
        depend(c, a, DependencyType.DISCOVERED_FROM);

        assertThat(ids(queries().ready(byId()))).containsExactlyInAnyOrderElementsOf(ids("bd-a", "bd-b", "bd-c"));
        assertThat(queries().blocked(WorkFilter.ALL)).isEmpty();
    }

    @Test
    void inProgressIssuesAreReady_closedAndBlockedStatusesAreNot() {
        Issue started = createWithId("bd-started");
        Issue done = createWithId("bd-done");
        Issue stuck = createWithId("bd-stuck");
        commands()
                .update(UpdateIssue.builder(started.id())
                        .status(Status.IN_PROGRESS)
                        .actor(ACTOR)
                        .build());
        commands()
                .update(UpdateIssue.builder(stuck.id())
                        .status(Status.BLOCKED)
                        .actor(ACTOR)
                        .build());
        close(done);

        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(started.id());
    }

    @Test
    void ready_appliesAssigneePriorityTypeAndLimit() {
        commands()
                .create(request("a")
                        .id(id("bd-r1"))
                        .assignee("ann")
                        .priority(Priority.of(1))
                        .build());
        commands()
                .create(request("b")
                        .id(id("bd-r2"))
                        .priority(Priority.of(1))
                        .type(IssueType.BUG)
                        .build());
        commands()
                .create(request("c")
                        .id(id("bd-r3"))
                        .assignee("ann")
                        .priority(Priority.of(3))
                        .build());

        assertThat(ids(queries().ready(new WorkFilter("ann", false, null, null, null, null, null, 0))))
                .containsExactlyInAnyOrderElementsOf(ids("bd-r1", "bd-r3"));
        assertThat(ids(queries().ready(new WorkFilter(null, false, 1, null, null, null, null, 0))))
                .containsExactlyInAnyOrderElementsOf(ids("bd-r1", "bd-r2"));
        assertThat(ids(queries().ready(new WorkFilter(null, true, null, Set.of(IssueType.BUG), null, null, null, 0))))
                .containsExactlyElementsOf(ids("bd-r2"));
        assertThat(queries().ready(WorkFilter.ALL.withLimit(2))).hasSize(2);
    }

    @Test
    void ready_byPriority_putsTheMostUrgentFirst() {
        commands()
                .create(request("low").id(id("bd-low")).priority(Priority.of(4)).build());
        commands()
                .create(request("high")
                        .id(id("bd-high"))
                        .priority(Priority.of(0))
                        .build());
        commands()
                .create(request("mid").id(id("bd-mid")).priority(Priority.of(2)).build());

        assertThat(ids(queries().ready(WorkFilter.ALL.withSort(ReadySort.PRIORITY))))
                .containsExactlyElementsOf(ids("bd-high", "bd-mid", "bd-low"));
        // Everything was created just now, so hybrid orders by priority too.
        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactlyElementsOf(ids("bd-high", "bd-mid", "bd-low"));
    }
}
