package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which cycle {@code bd dep cycles} shows for a component with several: the shortest one through its smallest id,
 * and of equally short ones the one through the smaller next id, so the report is the same on every run.
 */
class DependencyCycleChoiceTest {

    private static Dependency edge(String from, String to) {
        return Dependency.of(id(from), id(to), DependencyType.BLOCKS, T0, "");
    }

    @Test
    void theShortestWayBack_winsEvenWhenALongerOneIsFoundFirst() {
        DependencyGraph graph = DependencyGraph.of(
                List.of(edge("a", "b"), edge("b", "x"), edge("x", "a"), edge("a", "c"), edge("c", "a")));

        assertThat(graph.cycles()).containsExactly(List.of(id("a"), id("c")));
    }

    @Test
    void ofTwoEquallyShortCycles_theOneThroughTheSmallerIdIsShown() {
        DependencyGraph graph =
                DependencyGraph.of(List.of(edge("a", "c"), edge("c", "a"), edge("a", "b"), edge("b", "a")));

        assertThat(graph.cycles()).containsExactly(List.of(id("a"), id("b")));
    }
}
