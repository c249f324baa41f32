package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.at;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.LabelCount;
import dev.beads.testkit.Issues;
import org.junit.jupiter.api.Test;

/** dependents(), allDependencies(), external references, labelCounts(). */
abstract class EdgeCases extends RepositoryCases {

    @Test
    void dependents_areTheEdgesPointingAtTheId_byCreatedAtThenIssueId() {
        store(
                issue("bd-t"),
                issue("bd-3").dependency(Issues.dependency("bd-3", "bd-t", DependencyType.BLOCKS, T0.plusHours(1))),
                issue("bd-1").dependency(Issues.dependency("bd-1", "bd-t", DependencyType.RELATED, T0.plusHours(2))),
                issue("bd-2")
                        .dependency(Issues.dependency("bd-2", "bd-t", DependencyType.PARENT_CHILD, T0.plusHours(1))),
                issue("bd-4").dependency(Issues.dependency("bd-4", "bd-other", DependencyType.BLOCKS, T0)));

        assertThat(repo().dependents(id("bd-t")))
                .extracting(d -> d.issueId().value())
                .containsExactly("bd-2", "bd-3", "bd-1");
    }

    @Test
    void dependents_orderByInstant_acrossOffsets() {
        store(
                issue("bd-1")
                        .dependency(Issues.dependency(
                                "bd-1", "bd-t", DependencyType.BLOCKS, at("2025-01-01T10:00:00-08:00"))),
                issue("bd-2")
                        .dependency(
                                Issues.dependency("bd-2", "bd-t", DependencyType.BLOCKS, at("2025-01-01T17:00:00Z"))));

        assertThat(repo().dependents(id("bd-t")))
                .extracting(d -> d.issueId().value())
                .containsExactly("bd-2", "bd-1");
    }

    @Test
    void dependents_comeBackComplete_andSkipTombstones() {
        Dependency edge = new Dependency(
                id("bd-1"),
                id("bd-t"),
                DependencyType.of("supersedes"),
                at("2025-02-03T04:05:06.789-08:00"),
                "alice",
                java.util.Map.of("thread_id", dev.beads.core.model.RawJson.of("\"x\"")));
        store(issue("bd-1").dependency(edge), Issues.aTombstone("bd-2").blockedBy("bd-t"));

        assertThat(repo().dependents(id("bd-t"))).containsExactly(edge);
        assertThat(repo().dependents(id("bd-unknown"))).isEmpty();
    }

    @Test
    void allDependencies_areTheEdgesOfLiveIssues_externalRefsIncluded() {
        store(
                issue("bd-1").blockedBy("bd-2").dependsOn("ext-404", DependencyType.RELATED),
                issue("bd-2").childOf("bd-3"),
                issue("bd-3"),
                Issues.aTombstone("bd-4").blockedBy("bd-1"));

        assertThat(repo().allDependencies())
                .containsExactlyInAnyOrder(
                        Issues.dependency("bd-1", "bd-2", DependencyType.BLOCKS),
                        Issues.dependency("bd-1", "ext-404", DependencyType.RELATED),
                        Issues.parentChild("bd-2", "bd-3"));
    }

    @Test
    void edgesToMissingIds_areKept() {
        store(issue("bd-1").blockedBy("ext-404"));

        assertThat(stored("bd-1").dependencies()).containsExactly(Issues.blocks("bd-1", "ext-404"));
        assertThat(repo().dependents(id("ext-404"))).containsExactly(Issues.blocks("bd-1", "ext-404"));
    }

    @Test
    void labelCounts_countLiveIssuesPerLabel_sortedByLabel() {
        store(
                issue("bd-1").labels("ui", "api"),
                issue("bd-2").labels("ui"),
                issue("bd-3").closed().labels("zeta", "ui"),
                Issues.aTombstone("bd-4").labels("ui", "gone"));

        assertThat(repo().labelCounts())
                .containsExactly(new LabelCount("api", 1), new LabelCount("ui", 3), new LabelCount("zeta", 1));
    }

    @Test
    void labelCounts_ofAFreshStore_areEmpty() {
        assertThat(repo().labelCounts()).isEmpty();
        assertThat(repo().allDependencies()).isEmpty();
    }
}
