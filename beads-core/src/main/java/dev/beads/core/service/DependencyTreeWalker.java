package dev.beads.core.service;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks a dependency tree depth-first from a root: {@code DOWN} along outgoing edges (what the root depends on),
 * {@code UP} along incoming ones (its dependents), {@code BOTH} the down subtree then the up subtree. Children come
 * in id order; a node already on the current path is not entered again, so cycles end; missing ids and tombstones
 * are left out. Single use.
 */
final class DependencyTreeWalker {
    private final DependencyGraph graph;
    private final Function<IssueId, Optional<Issue>> lookup;
    private final int maxDepth;
    private final List<TreeNode> nodes = new ArrayList<>();
    private final Set<IssueId> path = new HashSet<>();

    DependencyTreeWalker(DependencyGraph graph, Function<IssueId, Optional<Issue>> lookup, int maxDepth) {
        this.graph = graph;
        this.lookup = lookup;
        this.maxDepth = maxDepth;
    }

    List<TreeNode> walk(Issue root, TreeDirection direction) {
        path.add(root.id());
        List<Step> down = direction == TreeDirection.UP ? List.of() : steps(root.id(), TreeDirection.DOWN);
        List<Step> up = direction == TreeDirection.DOWN ? List.of() : steps(root.id(), TreeDirection.UP);
        boolean truncated = maxDepth == 0 && !(down.isEmpty() && up.isEmpty());
        nodes.add(new TreeNode(root, 0, null, null, truncated, TreeDirection.DOWN));
        if (maxDepth > 0) {
            descend(down, root.id(), 1, TreeDirection.DOWN);
            descend(up, root.id(), 1, TreeDirection.UP);
        }
        return List.copyOf(nodes);
    }

    private void descend(List<Step> steps, IssueId parent, int depth, TreeDirection direction) {
        for (Step step : steps) {
            visit(step, parent, depth, direction);
        }
    }

    private void visit(Step step, IssueId parent, int depth, TreeDirection direction) {
        IssueId id = step.issue().id();
        path.add(id);
        List<Step> children = steps(id, direction);
        boolean truncated = depth >= maxDepth && !children.isEmpty();
        nodes.add(new TreeNode(step.issue(), depth, parent, step.type(), truncated, direction));
        if (depth < maxDepth) {
            descend(children, id, depth + 1, direction);
        }
        path.remove(id);
    }

    private List<Step> steps(IssueId id, TreeDirection direction) {
        boolean down = direction == TreeDirection.DOWN;
        List<Dependency> edges = down ? graph.outgoing(id) : graph.incoming(id);
        List<Step> steps = new ArrayList<>();
        for (Dependency edge : edges) {
            IssueId other = down ? edge.dependsOnId() : edge.issueId();
            if (!path.contains(other)) {
                lookup.apply(other)
                        .filter(issue -> !issue.isTombstone())
                        .ifPresent(issue -> steps.add(new Step(issue, edge.type())));
            }
        }
        return steps;
    }

    private record Step(Issue issue, DependencyType type) {}
}
