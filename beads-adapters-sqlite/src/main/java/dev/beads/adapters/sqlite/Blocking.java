package dev.beads.adapters.sqlite;

import java.util.Collection;
import java.util.List;

/**
 * Which issues are blocked (beads ready semantics, as Go bd's blocked_issues_cache): a {@code blocks} edge to an
 * existing issue that is open, in_progress or blocked, or a {@code parent-child} edge to a blocked parent, at any
 * depth. Blockage does not depend on the blocked issue's own status.
 *
 * <p>Two ways to answer, measured against each other in beads-bench: the {@code blocked_cache} table, kept up to date
 * in every write transaction, and the same recursive CTE evaluated at query time.
 */
final class Blocking {
    /** The statuses in which an issue blocks its dependents ({@code Status#blocksDependents}). */
    static final String BLOCKING_STATUSES = "('open', 'in_progress', 'blocked')";

    /** Every blocked issue id, computed from scratch (also V2's initial fill). */
    static final String BLOCKED_IDS_CTE = "WITH RECURSIVE blocked (id) AS ("
            + " SELECT d.issue_id FROM dependencies d JOIN issues blocker ON blocker.id = d.depends_on_id"
            + " WHERE d.type = 'blocks' AND blocker.status IN " + BLOCKING_STATUSES
            + " UNION"
            + " SELECT d.issue_id FROM dependencies d JOIN blocked b ON d.depends_on_id = b.id"
            + " WHERE d.type = 'parent-child')"
            + " SELECT id FROM blocked";

    /**
     * The issues whose blockage may change when {@code ?1} (issues whose own edges changed) and {@code ?2} (issues
     * whose blocking status changed) change: the first, the {@code blocks} dependents of the second, and all their
     * parent-child descendants. Both parameters are JSON arrays of ids.
     */
    private static final String AFFECTED = "WITH RECURSIVE"
            + " roots (id) AS (SELECT value FROM json_each(?)"
            + "   UNION SELECT d.issue_id FROM dependencies d"
            + "   WHERE d.type = 'blocks' AND d.depends_on_id IN (SELECT value FROM json_each(?))),"
            + " affected (id) AS (SELECT id FROM roots"
            + "   UNION SELECT d.issue_id FROM dependencies d JOIN affected a ON d.depends_on_id = a.id"
            + "   WHERE d.type = 'parent-child')"
            + " SELECT id FROM affected";

    /**
     * Re-derives the affected issues ({@code ?}, a JSON array, already removed from the cache): blocked directly,
     * or by a parent that is still in the cache (outside the affected set), or by an affected parent found blocked.
     */
    private static final String REFILL = "INSERT OR IGNORE INTO blocked_cache (issue_id)"
            + " WITH RECURSIVE affected (id) AS (SELECT value FROM json_each(?)),"
            + " blocked (id) AS ("
            + "   SELECT a.id FROM affected a WHERE EXISTS (SELECT 1 FROM dependencies d"
            + "     JOIN issues blocker ON blocker.id = d.depends_on_id"
            + "     WHERE d.issue_id = a.id AND d.type = 'blocks' AND blocker.status IN " + BLOCKING_STATUSES + ")"
            + "   OR EXISTS (SELECT 1 FROM dependencies d JOIN blocked_cache c ON c.issue_id = d.depends_on_id"
            + "     WHERE d.issue_id = a.id AND d.type = 'parent-child')"
            + "   UNION"
            + "   SELECT d.issue_id FROM dependencies d JOIN blocked b ON d.depends_on_id = b.id"
            + "   WHERE d.type = 'parent-child')"
            + " SELECT id FROM blocked";

    private static final String FORGET = "DELETE FROM blocked_cache WHERE issue_id IN (SELECT value FROM json_each(?))";

    /** Beyond this many affected issues, rebuilding the whole cache is cheaper than patching it. */
    private static final int REBUILD_THRESHOLD = 2000;

    private final ReadyStrategy strategy;

    Blocking(ReadyStrategy strategy) {
        this.strategy = strategy;
    }

    /** How ready/blocked queries learn which issues are blocked. */
    enum ReadyStrategy {
        /** The {@code blocked_cache} table (maintained on every write either way, so the two can be compared). */
        CACHE,
        /** The recursive CTE at query time. */
        CTE
    }

    /** The issue whose id is the (qualified) column {@code id} is blocked. */
    Sql.Fragment isBlocked(String id) {
        return switch (strategy) {
            // EXISTS, not IN: with IN, SQLite may drive a join from the whole cache (millions of probes).
            case CACHE ->
                Sql.Fragment.of("EXISTS (SELECT 1 FROM blocked_cache WHERE blocked_cache.issue_id = " + id + ")");
            case CTE -> Sql.Fragment.of(id + " IN (" + BLOCKED_IDS_CTE + ")");
        };
    }

    /** Recomputes the whole cache. */
    static void rebuild(Session s) {
        s.execute("DELETE FROM blocked_cache");
        s.execute("INSERT INTO blocked_cache (issue_id) " + BLOCKED_IDS_CTE);
    }

    /**
     * Brings the cache up to date after {@code edgesChanged} changed their blocks/parent-child edges (or were
     * created) and {@code statusChanged} started or stopped blocking their dependents.
     */
    static void refresh(Session s, Collection<String> edgesChanged, Collection<String> statusChanged) {
        if (edgesChanged.isEmpty() && statusChanged.isEmpty()) {
            return;
        }
        List<Object> roots = List.of(JsonObjects.stringArray(edgesChanged), JsonObjects.stringArray(statusChanged));
        List<String> affected = s.query(AFFECTED, roots, rs -> rs.getString(1));
        if (affected.size() > REBUILD_THRESHOLD) {
            rebuild(s);
            return;
        }
        String json = JsonObjects.stringArray(affected);
        s.execute(FORGET, json);
        s.execute(REFILL, json);
    }
}
