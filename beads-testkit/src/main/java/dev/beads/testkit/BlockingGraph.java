package dev.beads.testkit;

import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Beads ready semantics over one snapshot: direct blocking by {@code blocks} edges to open, in_progress or blocked
 * issues, inherited through parent-child edges at any depth. Blockage is structural: it does not depend on the
 * blocked issue's own status, only on its blockers' (as Go bd's blocked_issues_cache).
 */
final class BlockingGraph {
    static final Duration RECENT = Duration.ofHours(48);
    private static final Comparator<Issue> BY_ID = Comparator.comparing(Issue::id);
    private static final Comparator<Issue> OLDEST =
            Comparator.comparing((Issue i) -> i.createdAt().toInstant()).thenComparing(BY_ID);
    private static final Comparator<Issue> PRIORITY_OLDEST =
            Comparator.comparing(Issue::priority).thenComparing(OLDEST);

    private final Map<IssueId, Issue> issues;
    private final Set<IssueId> blocked;

    BlockingGraph(Map<IssueId, Issue> issues) {
        this.issues = issues;
        this.blocked = computeBlocked();
    }

    List<Issue> ready(WorkFilter filter, OffsetDateTime now) {
        List<Issue> candidates = issues.values().stream()
                .filter(i -> i.status().equals(Status.OPEN) || i.status().equals(Status.IN_PROGRESS))
                .filter(i -> matches(i, filter))
                .filter(i -> !isBlocked(i.id()))
                .toList();
        List<Issue> sorted = sort(candidates, filter.sort(), now);
        return limit(sorted, filter.limit());
    }

    List<BlockedIssue> blocked(WorkFilter filter) {
        List<Issue> found = issues.values().stream()
                .filter(i -> i.status().blocksDependents())
                .filter(i -> matches(i, filter))
                .filter(i -> isBlocked(i.id()))
                .sorted(Comparator.comparing(Issue::priority).thenComparing(BY_ID))
                .toList();
        return limit(found, filter.limit()).stream()
                .map(i -> new BlockedIssue(i, blockedBy(i)))
                .toList();
    }

    private static boolean matches(Issue i, WorkFilter f) {
        return (f.assignee() == null || i.assignee().equals(f.assignee()))
                && (!f.unassigned() || i.assignee().isEmpty())
                && (f.priority() == null || i.priority().value() == f.priority())
                && (f.types().isEmpty() || f.types().contains(i.issueType()))
                && IssueListing.hasLabels(i, f.labelsAll(), f.labelsAny());
    }

    private static List<Issue> sort(List<Issue> candidates, ReadySort sort, OffsetDateTime now) {
        return switch (sort) {
            case PRIORITY -> candidates.stream().sorted(PRIORITY_OLDEST).toList();
            case OLDEST -> candidates.stream().sorted(OLDEST).toList();
            case HYBRID -> hybrid(candidates, now.toInstant().minus(RECENT));
        };
    }

    private static List<Issue> hybrid(List<Issue> candidates, Instant recentFrom) {
        List<Issue> out = new ArrayList<>(candidates.stream()
                .filter(i -> !i.createdAt().toInstant().isBefore(recentFrom))
                .sorted(PRIORITY_OLDEST)
                .toList());
        candidates.stream()
                .filter(i -> i.createdAt().toInstant().isBefore(recentFrom))
                .sorted(OLDEST)
                .forEach(out::add);
        return out;
    }

    private static <T> List<T> limit(List<T> list, int limit) {
        return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
    }

    /** Direct blockers (sorted), else the nearest blocked ancestor. */
    private List<IssueId> blockedBy(Issue issue) {
        List<IssueId> direct = directBlockers(issue);
        if (!direct.isEmpty()) {
            return direct;
        }
        return nearestBlockedAncestor(issue).map(List::of).orElse(List.of());
    }

    boolean isBlocked(IssueId id) {
        return blocked.contains(id);
    }

    /** Directly blocked issues, then everything below them through parent-child edges (cycles stop by the set). */
    private Set<IssueId> computeBlocked() {
        Map<IssueId, List<IssueId>> children = new HashMap<>();
        Deque<IssueId> todo = new ArrayDeque<>();
        for (Issue issue : issues.values()) {
            for (IssueId parent : parents(issue)) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(issue.id());
            }
            if (!directBlockers(issue).isEmpty()) {
                todo.add(issue.id());
            }
        }
        Set<IssueId> result = new HashSet<>();
        while (!todo.isEmpty()) {
            IssueId next = todo.removeFirst();
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    private List<IssueId> directBlockers(Issue issue) {
        return issue.dependencies().stream()
                .filter(d -> d.type().equals(DependencyType.BLOCKS))
                .map(Dependency::dependsOnId)
                .filter(to -> {
                    Issue blocker = issues.get(to);
                    return blocker != null && blocker.status().blocksDependents();
                })
                .distinct()
                .sorted()
                .toList();
    }

    private List<IssueId> parents(Issue issue) {
        return issue.dependencies().stream()
                .filter(d -> d.type().equals(DependencyType.PARENT_CHILD))
                .map(Dependency::dependsOnId)
                .filter(issues::containsKey)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The nearest blocked ancestor: an issue blocked only through ancestors always has a blocked parent, so that
     * parent (the smallest id when several are).
     */
    private Optional<IssueId> nearestBlockedAncestor(Issue issue) {
        return parents(issue).stream().filter(this::isBlocked).findFirst();
    }
}
