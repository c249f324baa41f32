package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.SqliteConnections.RENDER;
import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectWhereStep;

/** Reads complete issues: the issue rows, then one query per child table for all of them. */
final class IssueLoader {
    private static final String BY_ID = select().where(ISSUES.ID.eq("")).getSQL();
    private static final String ALL = select().orderBy(ISSUES.ID).getSQL();

    private IssueLoader() {}

    /** {@code SELECT <every issue column> FROM issues}, to complete with a condition and an order. */
    static SelectWhereStep<Record> select() {
        return RENDER.select(IssueRows.SELECTED).from(ISSUES);
    }

    static Optional<Issue> find(Session s, IssueId id) {
        List<IssueRows.Row> rows = s.query(BY_ID, List.of(id.value()), IssueRows::read);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IssueChildren.of(s, id.value()).complete(rows.get(0)));
    }

    /** The issues {@code query} (a {@link #select()}) returns, in its order, each complete. */
    static List<Issue> load(Session s, ResultQuery<Record> query) {
        List<IssueRows.Row> rows = s.query(query, IssueRows::read);
        if (rows.isEmpty()) {
            return List.of();
        }
        return assemble(
                rows, IssueChildren.of(s, rows.stream().map(IssueRows.Row::id).toList()));
    }

    static List<Issue> where(Session s, Condition condition) {
        return load(s, select().where(condition).orderBy(ISSUES.ID));
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
