package dev.beads.core.service;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An immutable snapshot of dependency edges with the graph algorithms the use cases need: paths (cycle checks),
 * strongly connected components (cycle reports) and neighbours for tree walks. Edges may point at ids that do not
 * exist; they are kept. Thread-safe.
 */
public final class DependencyGraph {
    private static final Comparator<Dependency> BY_TARGET = Comparator.comparing(Dependency::dependsOnId)
            .thenComparing(d -> d.type().name());
    private static final Comparator<Dependency> BY_SOURCE = Comparator.comparing(Dependency::issueId)
            .thenComparing(d -> d.type().name());

    private final Map<IssueId, List<Dependency>> outgoing;
    private final Map<IssueId, List<Dependency>> incoming;

    private DependencyGraph(Map<IssueId, List<Dependency>> outgoing, Map<IssueId, List<Dependency>> incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    /** The graph of {@code edges}. */
    public static DependencyGraph of(Collection<Dependency> edges) {
        Map<IssueId, List<Dependency>> out = new TreeMap<>();
        Map<IssueId, List<Dependency>> in = new TreeMap<>();
        for (Dependency edge : edges) {
            out.computeIfAbsent(edge.issueId(), k -> new ArrayList<>()).add(edge);
            in.computeIfAbsent(edge.dependsOnId(), k -> new ArrayList<>()).add(edge);
        }
        out.replaceAll((id, list) -> list.stream().sorted(BY_TARGET).toList());
        in.replaceAll((id, list) -> list.stream().sorted(BY_SOURCE).toList());
        return new DependencyGraph(out, in);
    }

    /**
     * The graph that cycle rules look at: every edge type but {@code related}, which links issues without ordering
     * them and may go both ways.
     */
    public static DependencyGraph ordering(Collection<Dependency> edges) {
        return of(edges.stream().filter(DependencyGraph::orders).toList());
    }

    /** Whether an edge of this type takes part in cycle rules (all but {@code related}). */
    public static boolean orders(Dependency edge) {
        return !edge.type().equals(DependencyType.RELATED);
    }

    /** Edges from {@code id}, ordered by target id then type. */
    public List<Dependency> outgoing(IssueId id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** Edges to {@code id}, ordered by source id then type. */
    public List<Dependency> incoming(IssueId id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** A shortest path from {@code start} to {@code goal} along outgoing edges, both ends included. */
    public Optional<List<IssueId>> path(IssueId start, IssueId goal) {
        return path(
                start,
                goal,
                id -> outgoing(id).stream().map(Dependency::dependsOnId).toList());
    }

    /**
     * A shortest path from {@code start} to {@code goal} in any graph given by its successor function (breadth
     * first, successors visited in the order given), both ends included; empty when {@code goal} is unreachable.
     */
    public static Optional<List<IssueId>> path(
            IssueId start, IssueId goal, Function<IssueId, ? extends Collection<IssueId>> successors) {
        Map<IssueId, IssueId> cameFrom = new HashMap<>();
        cameFrom.put(start, start);
        Deque<IssueId> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            IssueId current = queue.removeFirst();
            if (current.equals(goal)) {
                return Optional.of(trace(cameFrom, start, goal));
            }
            for (IssueId next : successors.apply(current)) {
                if (cameFrom.putIfAbsent(next, current) == null) {
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    private static List<IssueId> trace(Map<IssueId, IssueId> cameFrom, IssueId start, IssueId goal) {
        List<IssueId> reversed = new ArrayList<>();
        for (IssueId at = goal; !at.equals(start); at = cameFrom.get(at)) {
            reversed.add(at);
        }
        reversed.add(start);
        return reversed.reversed();
    }

    /**
     * One cycle per strongly connected component of more than one node (Tarjan): the shortest cycle through the
     * component's smallest id, starting there, the first id not repeated at the end. Sorted by first id.
     */
    public List<List<IssueId>> cycles() {
        List<List<IssueId>> cycles = new ArrayList<>();
        for (Set<IssueId> component : new Tarjan().components()) {
            if (component.size() > 1) {
                cycles.add(cycleThrough(component));
            }
        }
        cycles.sort(Comparator.comparing(List::getFirst));
        return cycles;
    }

    private List<IssueId> cycleThrough(Set<IssueId> component) {
        IssueId first = component.stream().min(Comparator.naturalOrder()).orElseThrow();
        Function<IssueId, List<IssueId>> inside = id -> outgoing(id).stream()
                .map(Dependency::dependsOnId)
                .filter(component::contains)
                .toList();
        List<IssueId> best = null;
        for (IssueId next : inside.apply(first)) {
            List<IssueId> back = path(next, first, inside).orElseThrow();
            if (best == null || back.size() < best.size()) {
                best = back;
            }
        }
        List<IssueId> cycle = new ArrayList<>();
        cycle.add(first);
        cycle.addAll(best.subList(0, best.size() - 1));
        return cycle;
    }

    /** Tarjan's algorithm, iterative so that long dependency chains cannot overflow the stack. */
    private final class Tarjan {
        private final Map<IssueId, Integer> index = new HashMap<>();
        private final Map<IssueId, Integer> low = new HashMap<>();
        private final Deque<IssueId> stack = new ArrayDeque<>();
        private final Set<IssueId> onStack = new HashSet<>();
        private final List<Set<IssueId>> components = new ArrayList<>();

        List<Set<IssueId>> components() {
            for (IssueId node : outgoing.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(IssueId root) {
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(open(root));
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.next < frame.successors.size()) {
                    IssueId next = frame.successors.get(frame.next++);
                    if (!index.containsKey(next)) {
                        frames.push(open(next));
                    } else if (onStack.contains(next)) {
                        low.merge(frame.node, index.get(next), Math::min);
                    }
                } else {
                    frames.pop();
                    if (!frames.isEmpty()) {
                        low.merge(frames.peek().node, low.get(frame.node), Math::min);
                    }
                    if (low.get(frame.node).equals(index.get(frame.node))) {
                        components.add(pop(frame.node));
                    }
                }
            }
        }

        private Frame open(IssueId node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            return new Frame(
                    node, outgoing(node).stream().map(Dependency::dependsOnId).toList());
        }

        private Set<IssueId> pop(IssueId root) {
            Set<IssueId> component = new HashSet<>();
            IssueId member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(root));
            return component;
        }
    }

    private static final class Frame {
        private final IssueId node;
        private final List<IssueId> successors;
        private int next;

        Frame(IssueId node, List<IssueId> successors) {
            this.node = node;
            this.successors = successors;
        }
    }
}
