package dev.beads.adapters.sqlite;

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
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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

    private IssueStore() {}

    static void store(DSLContext ctx, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Issue> latest = new LinkedHashMap<>();
        for (Change c : changes) {
            latest.put(c.issue().id().value(), c.issue());
        }
        List<String> ids = new ArrayList<>(latest.keySet());
        boolean patch = ids.size() <= PATCH_LIMIT;
        Map<String, Before> before = patch ? before(ctx, ids) : Map.of();
        upsertIssues(ctx, latest.values());
        IssueChildren.replace(ctx, ids, latest.values());
        insertEvents(ctx, changes);
        markDirty(ctx, ids);
        if (patch) {
            refreshBlocked(ctx, latest.values(), before);
        } else {
            Blocking.rebuild(ctx);
        }
    }

    /** What blocking depends on, as stored before this write: the status and the blocks/parent-child edges. */
    private record Before(Status status, Set<String> edges) {}

    private static Map<String, Before> before(DSLContext ctx, List<String> ids) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Record r : ctx.select(DEPENDENCIES.ISSUE_ID, DEPENDENCIES.TYPE, DEPENDENCIES.DEPENDS_ON_ID)
                .from(DEPENDENCIES)
                .where(Sql.in(DEPENDENCIES.ISSUE_ID, ids))
                .and(DEPENDENCIES.TYPE.in(BLOCKING_TYPES))
                .fetch()) {
            edges.computeIfAbsent(r.get(DEPENDENCIES.ISSUE_ID), k -> new HashSet<>())
                    .add(r.get(DEPENDENCIES.TYPE) + " " + r.get(DEPENDENCIES.DEPENDS_ON_ID));
        }
        Map<String, Before> out = new HashMap<>();
        for (Record r : ctx.select(ISSUES.ID, ISSUES.STATUS)
                .from(ISSUES)
                .where(Sql.in(ISSUES.ID, ids))
                .fetch()) {
            String id = r.get(ISSUES.ID);
            out.put(id, new Before(Status.of(r.get(ISSUES.STATUS)), edges.getOrDefault(id, Set.of())));
        }
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

    private static void refreshBlocked(DSLContext ctx, Collection<Issue> issues, Map<String, Before> before) {
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
        Blocking.refresh(ctx, edgesChanged, statusChanged);
    }

    private static void upsertIssues(DSLContext ctx, Collection<Issue> issues) {
        Map<Field<?>, Field<?>> update = new LinkedHashMap<>();
        for (Field<?> column : IssueRows.COLUMNS) {
            if (!column.equals(ISSUES.ID)) {
                update.put(column, DSL.excluded(column));
            }
        }
        BatchBindStep batch = ctx.batch(ctx.insertInto(ISSUES, IssueRows.COLUMNS)
                .values(new Object[IssueRows.COLUMNS.size()])
                .onConflict(ISSUES.ID)
                .doUpdate()
                .set(update));
        for (Issue issue : issues) {
            batch.bind(IssueRows.values(issue));
        }
        batch.execute();
    }

    private static void insertEvents(DSLContext ctx, List<Change> changes) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(
                        EVENTS,
                        EVENTS.ISSUE_ID,
                        EVENTS.EVENT_TYPE,
                        EVENTS.ACTOR,
                        EVENTS.OLD_VALUE,
                        EVENTS.NEW_VALUE,
                        EVENTS.COMMENT,
                        EVENTS.CREATED_AT,
                        EVENTS.CREATED_NS)
                .values((String) null, null, null, null, null, null, null, null));
        for (Change change : changes) {
            AuditEvent e = change.event();
            batch.bind(
                    change.issue().id().value(),
                    e.type().wireName(),
                    e.actor(),
                    e.oldValue(),
                    e.newValue(),
                    e.comment(),
                    Times.text(e.createdAt()),
                    Times.nanos(e.createdAt()));
        }
        batch.execute();
    }

    private static void markDirty(DSLContext ctx, List<String> ids) {
        ctx.execute(
                "INSERT OR IGNORE INTO dirty_issues (issue_id) SELECT value FROM json_each(?)",
                JsonObjects.stringArray(ids));
    }
}
