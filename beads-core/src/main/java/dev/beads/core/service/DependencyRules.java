package dev.beads.core.service;

import dev.beads.core.error.ConflictException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules every new edge obeys: one edge per pair of issues, and no cycles (except through {@code related}). */
final class DependencyRules {
    private DependencyRules() {}

    /** The edge already in {@code edges} between the same two issues, if any. */
    static Optional<Dependency> between(List<Dependency> edges, Dependency edge) {
        return edges.stream()
                .filter(e -> e.dependsOnId().equals(edge.dependsOnId()))
                .findFirst();
    }

    /**
     * Whether {@code edge} is new among {@code edges}: false when the same edge is there already; a
     * ConflictException when another type links the same two issues.
     */
    static boolean admit(List<Dependency> edges, Dependency edge) {
        Optional<Dependency> existing = between(edges, edge);
        if (existing.isEmpty()) {
            return true;
        }
        if (existing.get().type().equals(edge.type())) {
            return false;
        }
        throw new ConflictException(edge.issueId() + " already depends on " + edge.dependsOnId() + " ("
                + existing.get().type() + "): remove it first");
    }

    /**
     * Throws a ConflictException naming the cycle when {@code edge} would close one, looking at the transaction's
     * own view of the graph: every edge type but {@code related}, tombstones' edges left out.
     */
    static void rejectCycle(IssueWriter writer, Dependency edge) {
        if (!DependencyGraph.orders(edge)) {
            return;
        }
        Optional<List<IssueId>> back =
                DependencyGraph.path(edge.dependsOnId(), edge.issueId(), id -> successors(writer, id));
        if (back.isPresent()) {
            List<IssueId> cycle = new ArrayList<>();
            cycle.add(edge.issueId());
            cycle.addAll(back.get());
            throw new ConflictException("would create a cycle: "
                    + cycle.stream().map(IssueId::value).collect(Collectors.joining(" → "))
                    + ": remove one of these dependencies first");
        }
    }

    private static List<IssueId> successors(IssueWriter writer, IssueId id) {
        return writer.find(id).filter(issue -> !issue.isTombstone()).map(Issue::dependencies).orElse(List.of()).stream()
                .filter(DependencyGraph::orders)
                .map(Dependency::dependsOnId)
                .toList();
    }
}
