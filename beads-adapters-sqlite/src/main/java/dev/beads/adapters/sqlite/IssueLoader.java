package dev.beads.adapters.sqlite;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads complete issues: the issue rows, then one query per child table for all of them. */
final class IssueLoader {
    /** {@code SELECT <every issue column> FROM issues}. */
    private static final String SELECT = "SELECT " + IssueRows.SELECTED + " FROM issues";

    private static final String BY_ID = SELECT + " WHERE id = ?";
    private static final String ALL = SELECT + " ORDER BY id";
    private static final String BY_IDS = SELECT + " WHERE id IN " + Sql.IN_JSON_ARRAY;

    /** The next page of issue rows after an id, in id order (the primary key's, bytewise: UTF-8 order). */
    private static final String PAGE = SELECT + " WHERE id > ? ORDER BY id LIMIT ?";

    /** Issues read per page by {@link #forEach}. */
    static final int PAGE_SIZE = 1000;

    private IssueLoader() {}

    /**
     * Every issue in id order, complete, handed to {@code each} a page at a time: the rows of a page, then its
     * children, with one query per child table. Run inside one transaction, all pages come from one state.
     */
    static void forEach(Session s, Consumer<Issue> each) {
        String after = "";
        while (true) {
            List<IssueRows.Row> rows = s.query(PAGE, List.of(after, PAGE_SIZE), IssueRows::read);
            if (rows.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(rows.size());
            for (IssueRows.Row row : rows) {
                ids.add(row.id());
            }
            IssueChildren children = IssueChildren.of(s, ids);
            for (IssueRows.Row row : rows) {
                each.accept(children.complete(row));
            }
            if (rows.size() < PAGE_SIZE) {
                return;
            }
            after = ids.getLast();
        }
    }

    static Optional<Issue> find(Session s, IssueId id) {
        List<IssueRows.Row> rows = s.query(BY_ID, List.of(id.value()), IssueRows::read);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IssueChildren.of(s, id.value()).complete(rows.get(0)));
    }

    /**
     * The issues matching {@code where}, sorted by {@code orderBy} (an ORDER BY list), at most {@code limit} (0:
     * all), each complete.
     *
     * <p>Two steps: the ids in order (a narrow sort), then the rows of just those ids. Sorting whole 40-column rows
     * to keep ten of them made ready work twice as slow.
     */
    static List<Issue> load(Session s, Sql.Fragment where, String orderBy, int limit) {
        String ids = "SELECT id FROM issues WHERE " + where.sql() + " ORDER BY " + orderBy
                + (limit > 0 ? " LIMIT " + limit : "");
        List<String> ordered = s.query(ids, where.binds(), rs -> rs.getString(1));
        if (ordered.isEmpty()) {
            return List.of();
        }
        Map<String, IssueRows.Row> rows = new HashMap<>();
        s.each(BY_IDS, List.of(JsonObjects.stringArray(ordered)), rs -> {
            IssueRows.Row row = IssueRows.read(rs);
            rows.put(row.id(), row);
        });
        return assemble(ordered.stream().map(rows::get).toList(), IssueChildren.of(s, ordered));
    }

    /** The issues of {@code ids} that exist, in id order. */
    static List<Issue> byIds(Session s, Collection<String> ids) {
        return load(s, Sql.in("id", ids), "id", 0);
    }

    /** Every issue in id order: each table read once, whole. */
    static List<Issue> all(Session s) {
        return assemble(s.query(ALL, List.of(), IssueRows::read), IssueChildren.all(s));
    }

    private static List<Issue> assemble(List<IssueRows.Row> rows, IssueChildren children) {
        List<Issue> out = new ArrayList<>(rows.size());
        for (IssueRows.Row row : rows) {
            out.add(children.complete(row));
        }
        return out;
    }
}
