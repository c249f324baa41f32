package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static Dependency edge(String from, String to) {
        return edge(from, to, DependencyType.BLOCKS);
    }

    private static Dependency edge(String from, String to, DependencyType type) {
        return Dependency.of(id(from), id(to), type, T0, "");
    }

    private static List<IssueId> ids(String... values) {
        return java.util.Arrays.stream(values).map(IssueId::of).toList();
    }

    @Test
    void path_findsTheShortestRouteAlongOutgoingEdges() {
        DependencyGraph graph =
                DependencyGraph.of(List.of(edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("a", "d")));
        assertThat(graph.path(id("a"), id("d"))).contains(ids("a", "d"));
        assertThat(graph.path(id("b"), id("d"))).contains(ids("b", "c", "d"));
        assertThat(graph.path(id("d"), id("a"))).isEmpty();
        assertThat(graph.path(id("a"), id("a"))).contains(ids("a"));
    }

    @Test
    void path_withASuccessorFunction_walksAnyGraph() {
        Map<IssueId, List<IssueId>> next = Map.of(id("x"), ids("y"), id("y"), ids("z"));
        assertThat(DependencyGraph.path(id("x"), id("z"), n -> next.getOrDefault(n, List.of())))
                .contains(ids("x", "y", "z"));
    }

    @Test
    void outgoingAndIncoming_areOrderedById() {
        DependencyGraph graph =
                DependencyGraph.of(List.of(edge("a", "c"), edge("a", "b"), edge("z", "b"), edge("m", "b")));
        assertThat(graph.outgoing(id("a"))).extracting(Dependency::dependsOnId).containsExactly(id("b"), id("c"));
        assertThat(graph.incoming(id("b"))).extracting(Dependency::issueId).containsExactly(id("a"), id("m"), id("z"));
        assertThat(graph.outgoing(id("nothing"))).isEmpty();
    }

    @Test
    void cycles_ofADag_isEmpty() {
        assertThat(DependencyGraph.of(List.of(edge("a", "b"), edge("b", "c"), edge("a", "c")))
                        .cycles())
                .isEmpty();
    }

    @Test
    void cycles_reportsEachStronglyConnectedComponentOnceStartingAtItsSmallestId() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                edge("c", "a"),
                edge("a", "b"),
                edge("b", "c"), // one 3-cycle
                edge("y", "x"),
                edge("x", "y"), // one 2-cycle
                edge("c", "x"))); // a bridge between them, not a cycle
        assertThat(graph.cycles()).containsExactly(ids("a", "b", "c"), ids("x", "y"));
    }

    @Test
    void cycles_ofAComponentWithSeveralLoops_isARealCycleThroughItsSmallestId() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("b", "a"), edge("c", "d"), edge("d", "b")));
        List<List<IssueId>> cycles = graph.cycles();
        assertThat(cycles).hasSize(1);
        assertThat(cycles.getFirst()).containsExactly(id("a"), id("b")); // the shortest one back to a
    }

    @Test
    void ordering_leavesRelatedEdgesOut() {
        List<Dependency> edges = List.of(edge("a", "b"), edge("b", "a", DependencyType.RELATED));
        assertThat(DependencyGraph.of(edges).cycles()).hasSize(1);
        assertThat(DependencyGraph.ordering(edges).cycles()).isEmpty();
    }

    @Test
    void ordering_keepsParentChildAndOtherTypes() {
        List<Dependency> edges =
                List.of(edge("a", "b", DependencyType.PARENT_CHILD), edge("b", "a", DependencyType.of("supersedes")));
        assertThat(DependencyGraph.ordering(edges).cycles()).containsExactly(ids("a", "b"));
    }

    @Test
    void cycles_handlesLongChainsWithoutOverflowingTheStack() {
        List<Dependency> edges = new ArrayList<>();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            edges.add(edge(String.format("n%06d", i), String.format("n%06d", i + 1)));
        }
        edges.add(edge(String.format("n%06d", n), "n000000"));
        List<List<IssueId>> cycles = DependencyGraph.of(edges).cycles();
        assertThat(cycles).hasSize(1);
        assertThat(cycles.getFirst()).hasSize(n + 1).startsWith(id("n000000"), id("n000001"));
    }
}
