package dev.beads.cli.commands;

import dev.beads.cli.session.Ports;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issues under a parent through parent-child edges: {@code --parent} of {@code list} (children: Go bd v0.39.1
 * list.go:907), {@code ready} and {@code blocked} (every descendant: internal/storage/sqlite/ready.go:92, a
 * recursive walk over {@code parent-child}).
 */
final class Descendants {
    private Descendants() {}

    /**
     * The parent's id, resolved when it names an issue (partial ids too). Go bd compares the text as given, so an
     * id that names nothing selects nothing, not an error; ambiguity still is one.
     */
    static IssueId parent(Ports ports, String text) {
        try {
            return ports.queries().resolve(text.strip());
        } catch (NotFoundException e) {
            return IssueId.of(text.strip());
        }
    }

    /** The parent's children ({@code transitive} false) or all its descendants, tombstones included. */
    static Set<IssueId> of(Ports ports, IssueId parent, boolean transitive) {
        Map<IssueId, List<IssueId>> children = new HashMap<>();
        for (Issue issue : ports.queries()
                .list(IssueFilter.builder().includeTombstones(true).build())) {
            for (Dependency d : issue.dependencies()) {
                if (d.type().equals(DependencyType.PARENT_CHILD)) {
                    children.computeIfAbsent(d.dependsOnId(), k -> new ArrayList<>())
                            .add(issue.id());
                }
            }
        }
        Set<IssueId> found = new LinkedHashSet<>();
        Deque<IssueId> todo = new ArrayDeque<>();
        todo.add(parent);
        while (!todo.isEmpty()) {
            for (IssueId child : children.getOrDefault(todo.poll(), List.of())) {
                if (found.add(child) && transitive) {
                    todo.add(child);
                }
            }
        }
        return found;
    }
}
