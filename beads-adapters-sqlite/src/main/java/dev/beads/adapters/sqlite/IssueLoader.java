package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SelectWhereStep;
import org.jooq.impl.DSL;

/** Reads complete issues: the issue rows, then one query per child table for all of them. */
final class IssueLoader {
    private IssueLoader() {}

    static SelectWhereStep<Record> selectIssues(DSLContext ctx) {
        return ctx.select(IssueRows.COLUMNS).from(ISSUES);
    }

    static Optional<Issue> find(DSLContext ctx, IssueId id) {
        Record row = selectIssues(ctx).where(ISSUES.ID.eq(id.value())).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        IssueChildren children = IssueChildren.load(ctx, f -> f.eq(id.value()));
        return Optional.of(children.complete(IssueRows.read(row), id.value()));
    }

    /** The issues {@code query} selects, in its order, each complete. */
    static List<Issue> load(DSLContext ctx, ResultQuery<Record> query) {
        return complete(ctx, query.fetch());
    }

    static List<Issue> where(DSLContext ctx, Condition condition) {
        return load(ctx, selectIssues(ctx).where(condition).orderBy(ISSUES.ID));
    }

    /** Every issue in id order: each table read once, whole. */
    static List<Issue> all(DSLContext ctx) {
        Result<Record> rows = selectIssues(ctx).orderBy(ISSUES.ID).fetch();
        IssueChildren children = IssueChildren.load(ctx, f -> DSL.noCondition());
        return assemble(rows, children);
    }

    private static List<Issue> complete(DSLContext ctx, Result<Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.getValues(ISSUES.ID);
        IssueChildren children = IssueChildren.load(ctx, f -> Sql.in(f, ids));
        return assemble(rows, children);
    }

    private static List<Issue> assemble(Result<Record> rows, IssueChildren children) {
        List<Issue> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            out.add(children.complete(IssueRows.read(row), row.get(ISSUES.ID)));
        }
        return out;
    }
}
