package dev.beads.adapters.sqlite;

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
import java.util.function.IntConsumer;

/**
 * Stores issues inside the caller's write transaction: the issue rows (upsert, so a replaced issue keeps its audit
 * trail), its children, the audit events, the dirty flags and the blocked cache, each table in one batch (a large
 * write in a few batches of {@link #SLICE} issues, the dirty flags and the cache still once).
 */
final class IssueStore {
    /** Up to this many issues, the blocked cache is patched; beyond it (imports), rebuilt once. */
    private static final int PATCH_LIMIT = 256;

    /**
     * Larger writes are stored this many changes at a time, so that progress can be reported between slices (the
     * statements are the same; only the batches are smaller).
     */
    static final int SLICE = 2000;

    private static final List<String> BLOCKING_TYPES =
            List.of(DependencyType.BLOCKS.name(), DependencyType.PARENT_CHILD.name());

    private static final String UPSERT = upsert();
    private static final String INSERT_EVENT = "INSERT INTO events"
            + " (issue_id, event_type, actor, old_value, new_value, comment, created_at, created_ns)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /** One statement for any number of ids (a JSON array). */
    private static final String MARK_DIRTY =
            "INSERT OR IGNORE INTO dirty_issues (issue_id) SELECT value FROM json_each(?)";

    private static final String STATUSES = "SELECT id, status FROM issues WHERE id IN " + Sql.IN_JSON_ARRAY;
    private static final String EXISTING = "SELECT id FROM issues WHERE id IN " + Sql.IN_JSON_ARRAY;
    /** Bound with the id list only: the types are inlined. */
    private static final String BLOCKING_EDGES = "SELECT issue_id, type, depends_on_id FROM dependencies"
            + " WHERE issue_id IN " + Sql.IN_JSON_ARRAY + " AND type IN ('blocks', 'parent-child')";

    private IssueStore() {}

    /** Inserts an issue row, or replaces every column but the id of the stored one (keeping its audit trail). */
    private static String upsert() {
        List<String> names =
                IssueRows.COLUMNS.stream().map(IssueRows.Column::name).toList();
        List<String> updates = names.stream()
                .filter(name -> !name.equals("id"))
                .map(name -> name + " = excluded." + name)
                .toList();
        return "INSERT INTO issues (" + String.join(", ", names) + ") VALUES ("
                + Sql.placeholders(names.size()) + ")"
                + " ON CONFLICT (id) DO UPDATE SET " + String.join(", ", updates);
    }

    static void store(Session s, List<Change> changes) {
        store(s, changes, stored -> {});
    }

    /**
     * Stores {@code changes}, telling {@code stored} how many are stored: after each slice of {@link #SLICE} changes
     * (rows, children and events), and the whole count once the dirty flags and the blocked cache are written too.
     * The dirty flags and the cache are written once for all slices, never per slice.
     */
    static void store(Session s, List<Change> changes, IntConsumer stored) {
        if (changes.isEmpty()) {
            stored.accept(0);
            return;
        }
        Map<String, Issue> latest = latest(changes);
        if (latest.size() <= PATCH_LIMIT) {
            Map<String, Before> before = before(s, latest.keySet());
            storeRows(s, changes, latest, before.keySet());
            s.execute(MARK_DIRTY, JsonObjects.stringArray(latest.keySet()));
            refreshBlocked(s, latest.values(), before);
        } else {
            for (int from = 0; from < changes.size(); from += SLICE) {
                int to = Math.min(from + SLICE, changes.size());
                List<Change> slice = changes.subList(from, to);
                Map<String, Issue> sliceLatest = to - from == changes.size() ? latest : latest(slice);
                // An id stored by an earlier slice counts as existing: its children are replaced again.
                storeRows(s, slice, sliceLatest, existing(s, sliceLatest.keySet()));
                if (to < changes.size()) {
                    stored.accept(to);
                }
            }
            s.execute(MARK_DIRTY, JsonObjects.stringArray(latest.keySet()));
            Blocking.rebuild(s);
        }
        stored.accept(changes.size());
    }

    /**
     * Stores one list of a bulk write: the rows, children, events and dirty flags, but not the blocked cache, which
     * {@link #finishBulk} rebuilds once for all of them.
     */
    static void storeBulk(Session s, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Issue> latest = latest(changes);
        storeRows(s, changes, latest, existing(s, latest.keySet()));
        s.execute(MARK_DIRTY, JsonObjects.stringArray(latest.keySet()));
    }

    /** Brings the blocked cache up to date after {@link #storeBulk}. */
    static void finishBulk(Session s) {
        Blocking.rebuild(s);
    }

    /** The last change of each id, in the order the ids first appear: what is stored for it. */
    private static Map<String, Issue> latest(List<Change> changes) {
        Map<String, Issue> latest = new LinkedHashMap<>();
        for (Change c : changes) {
            latest.put(c.issue().id().value(), c.issue());
        }
        return latest;
    }

    /** The issue rows of {@code latest}, their children (replacing those of {@code replaced}), every change's event. */
    private static void storeRows(
            Session s, List<Change> changes, Map<String, Issue> latest, Collection<String> replaced) {
        s.batch(UPSERT, latest.values().stream().map(IssueRows::values).toList());
        IssueChildren.replace(s, replaced, latest.values());
        s.batch(INSERT_EVENT, changes.stream().map(IssueStore::eventRow).toList());
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
