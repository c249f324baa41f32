package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.SqliteConnections.RENDER;
import static dev.beads.adapters.sqlite.schema.Tables.DEPENDENCIES;
import static dev.beads.adapters.sqlite.schema.Tables.EVENTS;
import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Status;
import dev.beads.core.port.IssueWriter.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Stores issues inside the caller's write transaction: the issue rows (upsert, so a replaced issue keeps its audit
 * trail), its children, the audit events, the dirty flags and the blocked cache, each table in one batch.
 */
final class IssueStore {
    /** Up to this many issues, the blocked cache is patched; beyond it (imports), rebuilt once. */
    private static final int PATCH_LIMIT = 256;

    private static final List<String> BLOCKING_TYPES =
            List.of(DependencyType.BLOCKS.name(), DependencyType.PARENT_CHILD.name());

    private static final String UPSERT = upsert();
    private static final String INSERT_EVENT = RENDER.insertInto(
                    EVENTS,
                    EVENTS.ISSUE_ID,
                    EVENTS.EVENT_TYPE,
                    EVENTS.ACTOR,
                    EVENTS.OLD_VALUE,
                    EVENTS.NEW_VALUE,
                    EVENTS.COMMENT,
                    EVENTS.CREATED_AT,
                    EVENTS.CREATED_NS)
            .values("", "", "", "", "", "", "", 0L)
            .getSQL();
    /** One statement for any number of ids (a JSON array). */
    private static final String MARK_DIRTY =
            "INSERT OR IGNORE INTO dirty_issues (issue_id) SELECT value FROM json_each(?)";

    private static final String STATUSES = RENDER.select(ISSUES.ID, ISSUES.STATUS)
            .from(ISSUES)
            .where(Sql.in(ISSUES.ID, List.of()))
            .getSQL();
    private static final String EXISTING = RENDER.select(ISSUES.ID)
            .from(ISSUES)
            .where(Sql.in(ISSUES.ID, List.of()))
            .getSQL();
    private static final String BLOCKING_EDGES = RENDER.select(
                    DEPENDENCIES.ISSUE_ID, DEPENDENCIES.TYPE, DEPENDENCIES.DEPENDS_ON_ID)
            .from(DEPENDENCIES)
            .where(Sql.in(DEPENDENCIES.ISSUE_ID, List.of()))
            // Inlined: the statement is rendered once and bound with the id list only.
            .and(DEPENDENCIES.TYPE.in(BLOCKING_TYPES.stream().map(DSL::inline).toList()))
            .getSQL();

    private IssueStore() {}

    private static String upsert() {
        Map<Field<?>, Field<?>> update = new LinkedHashMap<>();
        for (Field<?> column : IssueRows.COLUMNS) {
            if (!column.equals(ISSUES.ID)) {
                update.put(column, DSL.excluded(column));
            }
        }
        return RENDER.insertInto(ISSUES, IssueRows.COLUMNS)
                .values(new Object[IssueRows.COLUMNS.size()])
                .onConflict(ISSUES.ID)
                .doUpdate()
                .set(update)
                .getSQL();
    }

    static void store(Session s, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Issue> latest = new LinkedHashMap<>();
        for (Change c : changes) {
            latest.put(c.issue().id().value(), c.issue());
        }
        boolean patch = latest.size() <= PATCH_LIMIT;
        Map<String, Before> before = patch ? before(s, latest.keySet()) : null;
        Collection<String> replaced = patch ? before.keySet() : existing(s, latest.keySet());
        s.batch(UPSERT, latest.values().stream().map(IssueRows::values).toList());
        IssueChildren.replace(s, replaced, latest.values());
        s.batch(INSERT_EVENT, changes.stream().map(IssueStore::eventRow).toList());
        s.execute(MARK_DIRTY, JsonObjects.stringArray(latest.keySet()));
        if (patch) {
            refreshBlocked(s, latest.values(), before);
        } else {
            Blocking.rebuild(s);
        }
    }

    /** Those of {@code ids} that are stored: only their old children need deleting (none, on a fresh import). */
    private static List<String> existing(Session s, Collection<String> ids) {
        return s.query(EXISTING, List.of(JsonObjects.stringArray(ids)), rs -> rs.getString(1));
    }

    private static Object[] eventRow(Change change) {
        AuditEvent e = change.event();
        return new Object[] {
            change.issue().id().value(),
            e.type().wireName(),
            e.actor(),
            e.oldValue(),
            e.newValue(),
            e.comment(),
            Times.text(e.createdAt()),
            Times.nanos(e.createdAt())
        };
    }

    /** What blocking depends on, as stored before this write: the status and the blocks/parent-child edges. */
    private record Before(Status status, Set<String> edges) {}

    /** The stored state of those of {@code ids} that exist. */
    private static Map<String, Before> before(Session s, Collection<String> ids) {
        List<Object> binds = List.of(JsonObjects.stringArray(ids));
        Map<String, Set<String>> edges = new HashMap<>();
        s.each(
                BLOCKING_EDGES,
                binds,
                rs -> edges.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                        .add(rs.getString(2) + " " + rs.getString(3)));
        Map<String, Before> out = new HashMap<>();
        s.each(
                STATUSES,
                binds,
                rs -> out.put(
                        rs.getString(1),
                        new Before(Status.of(rs.getString(2)), edges.getOrDefault(rs.getString(1), Set.of()))));
        return out;
    }

    private static Set<String> blockingEdges(Issue issue) {
        Set<String> out = new HashSet<>();
        for (Dependency d : issue.dependencies()) {
            if (BLOCKING_TYPES.contains(d.type().name())) {
                out.add(d.type().name() + " " + d.dependsOnId().value());
            }
        }
        return out;
    }

    private static void refreshBlocked(Session s, Collection<Issue> issues, Map<String, Before> before) {
        List<String> edgesChanged = new ArrayList<>();
        List<String> statusChanged = new ArrayList<>();
        for (Issue issue : issues) {
            String id = issue.id().value();
            Before old = before.get(id);
            // A new issue may be the parent or blocker that existing edges already point at.
            if (old == null || !old.edges().equals(blockingEdges(issue))) {
                edgesChanged.add(id);
            }
            boolean blockedBefore = old != null && old.status().blocksDependents();
            if (blockedBefore != issue.status().blocksDependents()) {
                statusChanged.add(id);
            }
        }
        Blocking.refresh(s, edgesChanged, statusChanged);
    }
}
