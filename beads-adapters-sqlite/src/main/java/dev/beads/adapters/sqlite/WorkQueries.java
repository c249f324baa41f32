package dev.beads.adapters.sqlite;

import dev.beads.adapters.sqlite.Sql.Fragment;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Ready work and blocked issues (beads ready semantics; docs/REPOSITORY-SEMANTICS.md, "Ready work" and "Blocked
 * issues").
 */
final class WorkQueries {
    /** Hybrid sort: issues created this recently come first, by priority. */
    private static final Duration RECENT = Duration.ofHours(48);

    private static final Fragment READY_STATUSES =
            Sql.inValues("status", List.of(Status.OPEN.name(), Status.IN_PROGRESS.name()));
    private static final List<String> BLOCKING_STATUSES =
            List.of(Status.OPEN.name(), Status.IN_PROGRESS.name(), Status.BLOCKED.name());

    private final Blocking blocking;

    WorkQueries(Blocking blocking) {
        this.blocking = blocking;
    }

    List<Issue> ready(Session s, WorkFilter filter, OffsetDateTime now) {
        Fragment where = Sql.and(
                READY_STATUSES, matches(filter), blocking.isBlocked("issues.id").not());
        return IssueLoader.load(s, where, readyOrder(filter, now), filter.limit());
    }

    /** An ORDER BY list; its one value (the hybrid sort's cut-off) is inlined, so no parameter follows WHERE's. */
    private static String readyOrder(WorkFilter filter, OffsetDateTime now) {
        return switch (filter.sort()) {
            case PRIORITY -> "priority, created_ns, id";
            case OLDEST -> "created_ns, id";
            case HYBRID -> {
                // Recent issues (created at or after now - 48 h) first by priority; older ones oldest first.
                String old = "(created_ns < " + Times.nanos(now.minus(RECENT)) + ")";
                yield old + ", CASE WHEN " + old + " THEN 0 ELSE priority END, created_ns, id";
            }
        };
    }

    List<BlockedIssue> blocked(Session s, WorkFilter filter) {
        Fragment where =
                Sql.and(Sql.inValues("status", BLOCKING_STATUSES), matches(filter), blocking.isBlocked("issues.id"));
        List<Issue> issues = IssueLoader.load(s, where, "priority, id", filter.limit());
        if (issues.isEmpty()) {
            return List.of();
        }
        Map<String, TreeSet<String>> direct = directBlockers(s, issues);
        Map<String, TreeSet<String>> parents = blockedParents(s, issues);
        List<BlockedIssue> out = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            String id = issue.id().value();
            TreeSet<String> by = direct.get(id);
            List<IssueId> blockers = by != null
                    ? by.stream().map(IssueId::of).toList()
                    // Blocked only through ancestors: the nearest is a blocked parent (smallest id if several).
                    : parents.getOrDefault(id, new TreeSet<>()).stream()
                            .limit(1)
                            .map(IssueId::of)
                            .toList();
            out.add(new BlockedIssue(issue, blockers));
        }
        return out;
    }

    /** Per issue, the existing targets of its blocks edges that are open, in_progress or blocked. */
    private static Map<String, TreeSet<String>> directBlockers(Session s, List<Issue> issues) {
        return targets(
                s,
                issues,
                " JOIN issues blocker ON blocker.id = dependencies.depends_on_id",
                Sql.and(
                        Fragment.of("dependencies.type = ?", DependencyType.BLOCKS.name()),
                        Sql.inValues("blocker.status", BLOCKING_STATUSES)));
    }

    /** Per issue, its parents (parent-child targets) that are blocked. */
    private Map<String, TreeSet<String>> blockedParents(Session s, List<Issue> issues) {
        return targets(
                s,
                issues,
                "",
                Sql.and(
                        Fragment.of("dependencies.type = ?", DependencyType.PARENT_CHILD.name()),
                        blocking.isBlocked("dependencies.depends_on_id")));
    }

    /** Per issue of {@code issues}, the targets of its edges ({@link #EDGES_OF}, then {@code join}) that match. */
    private static Map<String, TreeSet<String>> targets(Session s, List<Issue> issues, String join, Fragment where) {
        List<Object> binds = new ArrayList<>();
        binds.add(idList(issues));
        binds.addAll(where.binds());
        Map<String, TreeSet<String>> out = new HashMap<>();
        s.each(
                EDGES_OF + join + " WHERE " + LISTED + " AND " + where.sql(),
                binds,
                rs -> out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
        return out;
    }

    /**
     * The outgoing edges of the issues in a JSON array parameter, driven by that id list ({@code CROSS JOIN} fixes
     * the join order in SQLite): without it the planner may probe the whole id list once per candidate edge.
     */
    private static final String EDGES_OF = "SELECT dependencies.issue_id, dependencies.depends_on_id"
            + " FROM json_each(?) AS ids CROSS JOIN dependencies";

    /** Joins {@link #EDGES_OF} to its id list. */
    private static final String LISTED = "dependencies.issue_id = ids.value";

    /** The ids of {@code issues} as a JSON array, the parameter of {@link #EDGES_OF}. */
    private static String idList(List<Issue> issues) {
        return JsonObjects.stringArray(issues.stream().map(i -> i.id().value()).toList());
    }

    private static Fragment matches(WorkFilter f) {
        return Sql.and(
                IssueFilters.assignee(f.assignee(), f.unassigned()),
                f.priority() == null ? Sql.TRUE : Fragment.of("priority = ?", f.priority()),
                f.types().isEmpty()
                        ? Sql.TRUE
                        : Sql.inValues(
                                "issue_type",
                                f.types().stream().map(IssueType::name).toList()),
                IssueFilters.labels(f.labelsAll(), f.labelsAny()));
    }
}
