package dev.beads.adapters.sqlite;

import dev.beads.core.model.IssueId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The dirty flags, the issue count and the metadata, read and written on the caller's session. */
final class Bookkeeping {
    private Bookkeeping() {}

    static List<IssueId> dirtyIds(Session s) {
        return s.query(
                "SELECT issue_id FROM dirty_issues ORDER BY issue_id",
                List.of(),
                rs -> IssueId.stored(rs.getString(1)));
    }

    static void clearDirty(Session s, Collection<IssueId> ids) {
        if (!ids.isEmpty()) {
            s.execute(
                    "DELETE FROM dirty_issues WHERE issue_id IN " + Sql.IN_JSON_ARRAY,
                    JsonObjects.stringArray(Sql.ids(ids)));
        }
    }

    /** Issues stored, tombstones included. */
    static int count(Session s) {
        return s.query("SELECT count(*) FROM issues", List.of(), rs -> rs.getInt(1))
                .getFirst();
    }

    static void setMetadata(Session s, Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            s.execute(
                    "INSERT INTO metadata (key, value) VALUES (?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    e.getKey(),
                    e.getValue());
        }
    }
}
