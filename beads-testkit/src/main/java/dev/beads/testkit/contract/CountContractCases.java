package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bd count}, {@code bd stats}, {@code bd stale} and {@code bd epic status}. */
abstract class CountContractCases extends PortCases {

    private void threeIssues() {
        commands()
                .create(request("a")
                        .id(id("bd-c1"))
                        .type(IssueType.BUG)
                        .priority(Priority.of(1))
                        .assignee("ann")
                        .labels(List.of("ui", "api"))
                        .build());
        commands()
                .create(request("b")
                        .id(id("bd-c2"))
                        .priority(Priority.of(1))
                        .labels(List.of("ui"))
                        .build());
        commands().create(request("c").id(id("bd-c3")).priority(Priority.of(3)).build());
        commands()
                .update(UpdateIssue.builder(id("bd-c2"))
                        .status(Status.IN_PROGRESS)
                        .actor(ACTOR)
                        .build());
    }

    @Test
    void count_withoutAGroup_isTheNumberOfMatchingIssues() {
        threeIssues();

        assertThat(queries().count(IssueFilter.ALL, null).total()).isEqualTo(3);
        assertThat(queries()
                        .count(IssueFilter.builder().priority(1).build(), null)
                        .total())
                .isEqualTo(2);
    }

    @Test
    void count_groupsByStatusPriorityTypeAndAssignee_withSortedKeys() {
        threeIssues();

        assertThat(queries().count(IssueFilter.ALL, CountGroup.STATUS).groups())
                .containsExactly(entry("in_progress", 1), entry("open", 2));
        assertThat(queries().count(IssueFilter.ALL, CountGroup.PRIORITY).groups())
                .containsExactly(entry("P1", 2), entry("P3", 1));
        assertThat(queries().count(IssueFilter.ALL, CountGroup.TYPE).groups())
                .containsExactly(entry("bug", 1), entry("task", 2));
        assertThat(queries().count(IssueFilter.ALL, CountGroup.ASSIGNEE).groups())
                .containsExactly(entry("(none)", 2), entry("ann", 1));
    }

    @Test
    void count_byLabel_countsAnIssueOncePerLabel() {
        threeIssues();

        var result = queries().count(IssueFilter.ALL, CountGroup.LABEL);

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.groups()).containsExactly(entry("(none)", 1), entry("api", 1), entry("ui", 2));
    }

    @Test
    void stats_countsByStatus_withTombstonesApart() {
        Issue blocker = createWithId("bd-s1");
        Issue waiting = createWithId("bd-s2");
        Issue done = createWithId("bd-s3");
        Issue gone = createWithId("bd-s4");
        Issue started = createWithId("bd-s5");
        depend(waiting, blocker);
        close(done);
        commands().delete(new DeleteIssue(gone.id(), "", ACTOR));
        commands()
                .update(UpdateIssue.builder(started.id())
                        .status(Status.IN_PROGRESS)
                        .actor(ACTOR)
                        .build());

        Statistics stats = queries().stats();

        assertThat(stats.total()).isEqualTo(4);
        assertThat(stats.open()).isEqualTo(2);
        assertThat(stats.inProgress()).isEqualTo(1);
        assertThat(stats.closed()).isEqualTo(1);
        assertThat(stats.tombstones()).isEqualTo(1);
        assertThat(stats.blocked()).isEqualTo(1);
        assertThat(stats.ready()).isEqualTo(2);
        // The one closed issue's time from created_at to closed_at, in hours (times are only compared here).
        Issue closed = queries().show(done.id()).issue();
        double leadHours = java.time.Duration.between(closed.createdAt(), closed.closedAt())
                        .toNanos()
                / 3.6e12;
        assertThat(stats.averageLeadTimeHours()).isCloseTo(leadHours, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void stale_leavesOutIssuesUpdatedRecently_andRefusesNegativeDays() {
        create("fresh");

        assertThat(queries().stale(1, null, 0)).isEmpty();
        assertThat(queries().stale(30, Status.OPEN, 10)).isEmpty();
        assertThatThrownBy(() -> queries().stale(-1, null, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void epicStatus_countsChildrenAndSaysWhenAllAreClosed() {
        Issue epic = commands()
                .create(request("Epic").id(id("bd-epic")).type(IssueType.EPIC).build());
        Issue empty = commands()
                .create(request("Empty").id(id("bd-empty")).type(IssueType.EPIC).build());
        Issue first = commands().create(request("one").parent(epic.id()).build());
        Issue second = commands().create(request("two").parent(epic.id()).build());
        close(first);

        assertThat(queries().epicStatus(false))
                .extracting(
                        s -> s.epic().id().value(),
                        EpicStatus::totalChildren,
                        EpicStatus::closedChildren,
                        EpicStatus::eligibleForClose)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bd-empty", 0, 0, false),
                        org.assertj.core.groups.Tuple.tuple("bd-epic", 2, 1, false));
        assertThat(queries().epicStatus(true)).isEmpty();

        close(second);

        assertThat(queries().epicStatus(true)).extracting(s -> s.epic().id()).containsExactly(epic.id());
        assertThat(queries().stats().epicsEligibleForClosure()).isEqualTo(1);
        close(epic);
        close(empty);
        assertThat(queries().epicStatus(false)).isEmpty();
    }
}
