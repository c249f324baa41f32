package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.SqliteConnections.RENDER;
import static dev.beads.adapters.sqlite.schema.Tables.DEPENDENCIES;
import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.adapters.sqlite.schema.tables.Issues;
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
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Ready work and blocked issues (beads ready semantics; REPOSITORY-SEMANTICS.md, ready and blocked). */
final class WorkQueries {
    /** Hybrid sort: issues created this recently come first, by priority. */
    private static final Duration RECENT = Duration.ofHours(48);

    private static final List<String> READY_STATUSES = List.of(Status.OPEN.name(), Status.IN_PROGRESS.name());
    private static final List<String> BLOCKING_STATUSES =
            List.of(Status.OPEN.name(), Status.IN_PROGRESS.name(), Status.BLOCKED.name());

    private final Blocking blocking;

    WorkQueries(Blocking blocking) {
        this.blocking = blocking;
    }

    List<Issue> ready(Session s, WorkFilter filter, OffsetDateTime now) {
        Condition where = ISSUES.STATUS.in(READY_STATUSES).and(matches(filter)).andNot(blocking.isBlocked(ISSUES.ID));
        return IssueLoader.load(s, where, readyOrder(filter, now), filter.limit());
    }

    private static List<SortField<?>> readyOrder(WorkFilter filter, OffsetDateTime now) {
        return switch (filter.sort()) {
            case PRIORITY -> List.of(ISSUES.PRIORITY.asc(), ISSUES.CREATED_NS.asc(), ISSUES.ID.asc());
            case OLDEST -> List.of(ISSUES.CREATED_NS.asc(), ISSUES.ID.asc());
            case HYBRID -> {
                // Recent issues (created at or after now - 48 h) first by priority; older ones oldest first.
                Field<Boolean> old = ISSUES.CREATED_NS.lt(Times.nanos(now.minus(RECENT)));
                yield List.of(
                        DSL.field(old).asc(),
                        DSL.when(old, DSL.inline(0)).else_(ISSUES.PRIORITY).asc(),
                        ISSUES.CREATED_NS.asc(),
                        ISSUES.ID.asc());
            }
        };
    }

    List<BlockedIssue> blocked(Session s, WorkFilter filter) {
        Condition where =
                ISSUES.STATUS.in(BLOCKING_STATUSES).and(matches(filter)).and(blocking.isBlocked(ISSUES.ID));
        List<Issue> issues =
                IssueLoader.load(s, where, List.of(ISSUES.PRIORITY.asc(), ISSUES.ID.asc()), filter.limit());
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
        Issues blocker = ISSUES.as("blocker");
        return group(
                s,
                edgesOf(issues)
                        .join(blocker)
                        .on(blocker.ID.eq(DEPENDENCIES.DEPENDS_ON_ID))
                        .where(LISTED)
                        .and(DEPENDENCIES.TYPE.eq(DependencyType.BLOCKS.name()))
                        .and(blocker.STATUS.in(BLOCKING_STATUSES)));
    }

    /** Per issue, its parents (parent-child targets) that are blocked. */
    private Map<String, TreeSet<String>> blockedParents(Session s, List<Issue> issues) {
        return group(
                s,
                edgesOf(issues)
                        .where(LISTED)
                        .and(DEPENDENCIES.TYPE.eq(DependencyType.PARENT_CHILD.name()))
                        .and(blocking.isBlocked(DEPENDENCIES.DEPENDS_ON_ID)));
    }

    /**
     * The outgoing edges of {@code issues}, driven by the id list ({@code CROSS JOIN} fixes the join order in
     * SQLite): without it the planner may probe the whole id list once per candidate edge.
     */
    private static SelectJoinStep<Record2<String, String>> edgesOf(List<Issue> issues) {
        Table<?> ids = DSL.table("json_each({0}) AS ids", DSL.val(JsonObjects.stringArray(ids(issues))));
        return RENDER.select(DEPENDENCIES.ISSUE_ID, DEPENDENCIES.DEPENDS_ON_ID)
                .from(ids)
                .crossJoin(DEPENDENCIES);
    }

    /** Joins {@link #edgesOf} to its id list. */
    private static final Condition LISTED = DEPENDENCIES.ISSUE_ID.eq(DSL.field(DSL.name("ids", "value"), String.class));

    private static Map<String, TreeSet<String>> group(Session s, Select<Record2<String, String>> edges) {
        Map<String, TreeSet<String>> out = new HashMap<>();
        s.each(
                edges.getSQL(),
                edges.getBindValues(),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
        return out;
    }

    private static List<String> ids(List<Issue> issues) {
        return issues.stream().map(i -> i.id().value()).toList();
    }

    private static Condition matches(WorkFilter f) {
        Condition c = IssueFilters.assignee(f.assignee(), f.unassigned());
        if (f.priority() != null) {
            c = c.and(ISSUES.PRIORITY.eq(f.priority()));
        }
        if (!f.types().isEmpty()) {
            c = c.and(
                    ISSUES.ISSUE_TYPE.in(f.types().stream().map(IssueType::name).toList()));
        }
        return c.and(IssueFilters.labels(f.labelsAll(), f.labelsAny()));
    }
}
