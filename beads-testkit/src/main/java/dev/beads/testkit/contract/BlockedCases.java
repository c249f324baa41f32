package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import dev.beads.testkit.Issues;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** blocked(): open, in-progress or blocked issues that are blocked, with who blocks them. */
abstract class BlockedCases extends RepositoryCases {

    private List<String> blockedIds(WorkFilter filter) {
        return repo().blocked(filter).stream().map(b -> b.issue().id().value()).toList();
    }

    /** issue id → blockedBy ids, in the listed order. */
    private Map<String, List<String>> blockedBy() {
        return repo().blocked(work()).stream()
                .collect(Collectors.toMap(
                        b -> b.issue().id().value(),
                        b -> values(b.blockedBy()),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Test
    void aDirectlyBlockedIssue_listsItsOpenBlockers_sorted() {
        store(
                issue("bd-9"),
                issue("bd-3").inProgress(),
                Issues.aClosedIssue("bd-5"),
                issue("bd-1").blockedBy("bd-9", "bd-5", "bd-3", "ext-404"));

        assertThat(blockedBy()).containsExactly(Map.entry("bd-1", List.of("bd-3", "bd-9")));
    }

    @Test
    void inheritedBlocking_namesTheNearestBlockedAncestor() {
        store(
                issue("bd-b"),
                issue("bd-e").blockedBy("bd-b"),
                issue("bd-e.1").childOf("bd-e"),
                issue("bd-e.1.1").childOf("bd-e.1"),
                issue("bd-e.1.1.1").childOf("bd-e.1.1"));

        assertThat(blockedBy())
                .containsExactly(
                        Map.entry("bd-e", List.of("bd-b")),
                        Map.entry("bd-e.1", List.of("bd-e")),
                        Map.entry("bd-e.1.1", List.of("bd-e.1")),
                        Map.entry("bd-e.1.1.1", List.of("bd-e.1.1")));
    }

    @Test
    void givenDirectAndInheritedBlocking_onlyTheDirectBlockersAreNamed() {
        store(
                issue("bd-b"),
                issue("bd-c"),
                issue("bd-e").blockedBy("bd-b"),
                issue("bd-e.1").childOf("bd-e").blockedBy("bd-c"));

        assertThat(blockedBy())
                .containsExactly(Map.entry("bd-e", List.of("bd-b")), Map.entry("bd-e.1", List.of("bd-c")));
    }

    @Test
    void onlyOpenInProgressAndBlockedIssues_areListed() {
        store(
                issue("bd-b"),
                issue("bd-1").blockedBy("bd-b"),
                issue("bd-2").inProgress().blockedBy("bd-b"),
                issue("bd-3").status(Status.BLOCKED).blockedBy("bd-b"),
                Issues.aClosedIssue("bd-4").blockedBy("bd-b"),
                issue("bd-5").status(Status.DEFERRED).blockedBy("bd-b"),
                issue("bd-6").status(Status.PINNED).blockedBy("bd-b"),
                Issues.aTombstone("bd-7").blockedBy("bd-b"));

        assertThat(blockedIds(work())).containsExactly("bd-1", "bd-2", "bd-3");
    }

    @Test
    void statusBlockedWithoutBlockers_isNotListed() {
        store(issue("bd-1").status(Status.BLOCKED), issue("bd-2").blockedBy("bd-1"));

        assertThat(blockedBy()).containsExactly(Map.entry("bd-2", List.of("bd-1")));
    }

    @Test
    void nonBlockingEdgesAndMissingOrFinishedBlockers_listNothing() {
        store(
                issue("bd-o"),
                Issues.aClosedIssue("bd-c"),
                issue("bd-1").dependsOn("bd-o", DependencyType.RELATED),
                issue("bd-2").dependsOn("bd-o", DependencyType.DISCOVERED_FROM),
                issue("bd-3").blockedBy("ext-404", "bd-c"),
                issue("bd-4").childOf("bd-o"));

        assertThat(repo().blocked(work())).isEmpty();
    }

    @Test
    void givenTheBlockerCloses_theIssueIsNoLongerListed() {
        store(issue("bd-b"), issue("bd-1").blockedBy("bd-b"));

        update(Issues.aClosedIssue("bd-b").build());

        assertThat(repo().blocked(work())).isEmpty();
    }

    @Test
    void order_isPriorityThenId_whateverTheSort() {
        store(
                issue("bd-b"),
                issue("bd-1").priority(3).createdAt(T0).blockedBy("bd-b"),
                issue("bd-2").priority(0).createdAt(T0.plusDays(9)).blockedBy("bd-b"),
                issue("bd-0").priority(3).createdAt(T0.plusDays(5)).blockedBy("bd-b"));

        assertThat(blockedIds(work())).containsExactly("bd-2", "bd-0", "bd-1");
        assertThat(blockedIds(workFilter().sort(ReadySort.OLDEST).build())).containsExactly("bd-2", "bd-0", "bd-1");
    }

    @Test
    void filters_applyAsForReadyWork() {
        store(
                issue("bd-b"),
                issue("bd-1")
                        .assignee("alice")
                        .priority(1)
                        .type(IssueType.BUG)
                        .labels("a", "b")
                        .blockedBy("bd-b"),
                issue("bd-2").priority(2).type(IssueType.FEATURE).labels("a").blockedBy("bd-b"),
                issue("bd-3")
                        .assignee("alice2")
                        .priority(1)
                        .type(IssueType.TASK)
                        .labels("c")
                        .blockedBy("bd-b"));

        assertThat(blockedIds(workFilter().assignee("alice").build())).containsExactly("bd-1");
        assertThat(blockedIds(workFilter().unassigned().build())).containsExactly("bd-2");
        assertThat(blockedIds(workFilter().priority(1).build())).containsExactly("bd-1", "bd-3");
        assertThat(blockedIds(
                        workFilter().types(IssueType.FEATURE, IssueType.TASK).build()))
                .containsExactly("bd-3", "bd-2");
        assertThat(blockedIds(workFilter().labelsAll("a", "b").build())).containsExactly("bd-1");
        assertThat(blockedIds(workFilter().labelsAny("b", "c").build())).containsExactly("bd-1", "bd-3");
        assertThat(blockedIds(workFilter().limit(2).build())).containsExactly("bd-1", "bd-3");
    }

    @Test
    void blockedIssues_areComplete() {
        store(
                issue("bd-b"),
                issue("bd-1")
                        .labels("x")
                        .comment(Issues.comment(3, "bd-1", "a", "c", T0))
                        .blockedBy("bd-b"));

        assertThat(repo().blocked(work()))
                .containsExactly(new BlockedIssue(stored("bd-1"), List.of(Issues.id("bd-b"))));
    }
}
