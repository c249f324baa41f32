package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.testkit.Issues;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Blockage follows every later change (status, edges, issues appearing or dying, failed writes): what an
 * implementation that caches blocked ids must keep up with. Also pins that blockage is structural.
 */
abstract class BlockingChangeCases extends RepositoryCases {

    private List<String> ready() {
        return readyIds(workFilter().sort(ReadySort.OLDEST).build(), ReadyWorkCases.NOW);
    }

    private Map<String, List<String>> blockedBy() {
        return repo().blocked(work()).stream()
                .collect(Collectors.toMap(
                        b -> b.issue().id().value(),
                        b -> values(b.blockedBy()),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Test
    void givenAClosedBlockerReopens_theIssueIsBlockedAgain() {
        store(Issues.aClosedIssue("bd-1"), issue("bd-2").blockedBy("bd-1"));
        assertThat(ready()).containsExactly("bd-2");

        update(issue("bd-1").build());

        assertThat(ready()).containsExactly("bd-1");
        assertThat(blockedBy()).containsExactly(Map.entry("bd-2", List.of("bd-1")));
    }

    @Test
    void givenTheBlockerMovesToInProgressThenDeferred_blockingFollows() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"));

        update(issue("bd-1").inProgress().build());
        List<String> whileInProgress = ready();
        update(issue("bd-1").status(Status.DEFERRED).build());

        assertThat(whileInProgress).containsExactly("bd-1");
        assertThat(ready()).containsExactly("bd-2");
    }

    @Test
    void givenTheBlockerBecomesATombstone_theIssueIsReady() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"));

        update(Issues.aTombstone("bd-1").build());

        assertThat(ready()).containsExactly("bd-2");
        assertThat(repo().blocked(work())).isEmpty();
    }

    @Test
    void givenTheEdgeIsReplacedAway_theIssueIsReady() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"));

        update(issue("bd-2").title("no longer blocked").build());

        assertThat(ready()).containsExactly("bd-1", "bd-2");
    }

    @Test
    void givenAMissingTargetIsCreatedOpen_itStartsBlocking() {
        store(issue("bd-1").blockedBy("bd-later"));
        assertThat(ready()).containsExactly("bd-1");

        store(issue("bd-later"));

        assertThat(ready()).containsExactly("bd-later");
        assertThat(blockedBy()).containsExactly(Map.entry("bd-1", List.of("bd-later")));
    }

    @Test
    void givenAChildIsAddedUnderABlockedEpicLater_itIsBlocked() {
        store(issue("bd-b"), issue("bd-e").blockedBy("bd-b"));

        store(issue("bd-e.1").childOf("bd-e"));
        store(issue("bd-e.1.1").childOf("bd-e.1"));

        assertThat(ready()).containsExactly("bd-b");
    }

    @Test
    void givenAParentChildEdgeIsRemoved_theChildAndItsDescendantsAreReady() {
        store(
                issue("bd-b"),
                issue("bd-e").blockedBy("bd-b"),
                issue("bd-e.1").childOf("bd-e"),
                issue("bd-e.1.1").childOf("bd-e.1"));

        update(issue("bd-e.1").title("detached").build());

        assertThat(ready()).containsExactly("bd-b", "bd-e.1", "bd-e.1.1");
    }

    @Test
    void givenAMiddleAncestorLosesItsOwnBlocker_theTopStillBlocksBelow() {
        store(
                issue("bd-b1"),
                issue("bd-b2"),
                issue("bd-top").blockedBy("bd-b1"),
                issue("bd-top.1").childOf("bd-top").blockedBy("bd-b2"),
                issue("bd-top.1.1").childOf("bd-top.1"));

        update(Issues.aClosedIssue("bd-b2").build());

        assertThat(ready()).containsExactly("bd-b1");
        assertThat(blockedBy())
                .containsExactly(
                        Map.entry("bd-top", List.of("bd-b1")),
                        Map.entry("bd-top.1", List.of("bd-top")),
                        Map.entry("bd-top.1.1", List.of("bd-top.1")));

        update(Issues.aClosedIssue("bd-b1").build());

        assertThat(ready()).containsExactly("bd-top", "bd-top.1", "bd-top.1.1");
    }

    @Test
    void blockageIsStructural_aClosedEpicWithAnOpenBlocker_stillBlocksItsOpenChildren() {
        store(
                issue("bd-b"),
                issue("bd-e").closed().blockedBy("bd-b"),
                issue("bd-e.1").childOf("bd-e"));

        assertThat(ready()).containsExactly("bd-b");
        assertThat(blockedBy()).containsExactly(Map.entry("bd-e.1", List.of("bd-e")));
    }

    @Test
    void changesInOneWrite_areAllSeen_theLastPutOfAnIssueCounting() {
        store(issue("bd-a"), issue("bd-1").blockedBy("bd-a"));

        repo().write(w -> {
            Issue closedA = Issues.aClosedIssue("bd-a").build();
            Issue newBlocker = issue("bd-c").build();
            w.put(closedA, Issues.event("bd-a", EventType.CLOSED, Issues.T0));
            w.put(newBlocker, Issues.createdEvent(newBlocker));
            w.put(issue("bd-1").build(), Issues.event("bd-1", EventType.UPDATED, Issues.T0));
            w.put(issue("bd-1").blockedBy("bd-a", "bd-c").build(), Issues.event("bd-1", EventType.UPDATED, Issues.T0));
            return null;
        });

        assertThat(ready()).containsExactly("bd-c");
        assertThat(blockedBy()).containsExactly(Map.entry("bd-1", List.of("bd-c")));
    }

    @Test
    void aFailedWrite_leavesBlockingAsItWas() {
        store(issue("bd-1"), issue("bd-2").blockedBy("bd-1"), issue("bd-3"));

        assertThatThrownBy(() -> repo().write(w -> {
                    w.put(Issues.aClosedIssue("bd-1").build(), Issues.event("bd-1", EventType.CLOSED, Issues.T0));
                    w.put(issue("bd-3").blockedBy("bd-2").build(), Issues.event("bd-3", EventType.UPDATED, Issues.T0));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(ready()).containsExactly("bd-1", "bd-3");
        assertThat(blockedBy()).containsExactly(Map.entry("bd-2", List.of("bd-1")));
    }
}
