package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.schema.Tables.COMMENTS;
import static dev.beads.adapters.sqlite.schema.Tables.DEPENDENCIES;
import static dev.beads.adapters.sqlite.schema.Tables.LABELS;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Labels, outgoing dependencies and comments of issues: written in batches, read with one query per table for any
 * number of issues (never one query per issue), grouped by issue id in memory.
 */
final class IssueChildren {
    private final Map<String, List<String>> labels = new HashMap<>();
    private final Map<String, List<Dependency>> dependencies = new HashMap<>();
    private final Map<String, List<Comment>> comments = new HashMap<>();

    private IssueChildren() {}

    /**
     * The children of the issues that {@code scope} selects, given the {@code issue_id} column of each child table
     * (for example {@code f -> f.eq(id)}, or {@code f -> Sql.in(f, ids)}), each list in stored order.
     */
    static IssueChildren load(DSLContext ctx, Function<Field<String>, Condition> scope) {
        IssueChildren c = new IssueChildren();
        for (Record r : ctx.select(LABELS.ISSUE_ID, LABELS.LABEL)
                .from(LABELS)
                .where(scope.apply(LABELS.ISSUE_ID))
                .fetch()) {
            c.labels
                    .computeIfAbsent(r.get(LABELS.ISSUE_ID), k -> new ArrayList<>())
                    .add(r.get(LABELS.LABEL));
        }
        for (Record r : ctx.selectFrom(DEPENDENCIES)
                .where(scope.apply(DEPENDENCIES.ISSUE_ID))
                .orderBy(DEPENDENCIES.ISSUE_ID, DEPENDENCIES.SEQ)
                .fetch()) {
            c.dependencies
                    .computeIfAbsent(r.get(DEPENDENCIES.ISSUE_ID), k -> new ArrayList<>())
                    .add(dependency(r));
        }
        for (Record r : ctx.selectFrom(COMMENTS)
                .where(scope.apply(COMMENTS.ISSUE_ID))
                .orderBy(COMMENTS.ISSUE_ID, COMMENTS.SEQ)
                .fetch()) {
            c.comments
                    .computeIfAbsent(r.get(COMMENTS.ISSUE_ID), k -> new ArrayList<>())
                    .add(comment(r));
        }
        return c;
    }

    /** {@code builder} completed with this issue's children. */
    Issue complete(Issue.Builder builder, String id) {
        return builder.labels(labels.getOrDefault(id, List.of()))
                .dependencies(dependencies.getOrDefault(id, List.of()))
                .comments(comments.getOrDefault(id, List.of()))
                .build();
    }

    static Dependency dependency(Record r) {
        return new Dependency(
                IssueId.of(r.get(DEPENDENCIES.ISSUE_ID)),
                IssueId.of(r.get(DEPENDENCIES.DEPENDS_ON_ID)),
                DependencyType.of(r.get(DEPENDENCIES.TYPE)),
                Times.parse(r.get(DEPENDENCIES.CREATED_AT)),
                r.get(DEPENDENCIES.CREATED_BY),
                JsonObjects.decode(r.get(DEPENDENCIES.EXTRA)));
    }

    private static Comment comment(Record r) {
        return new Comment(
                r.get(COMMENTS.ID),
                IssueId.of(r.get(COMMENTS.ISSUE_ID)),
                r.get(COMMENTS.AUTHOR),
                r.get(COMMENTS.TEXT),
                Times.parse(r.get(COMMENTS.CREATED_AT)));
    }

    /** Deletes the children of {@code ids} and inserts those of {@code issues} (one batch per table). */
    static void replace(DSLContext ctx, Collection<String> ids, Collection<Issue> issues) {
        ctx.deleteFrom(LABELS).where(Sql.in(LABELS.ISSUE_ID, ids)).execute();
        ctx.deleteFrom(DEPENDENCIES).where(Sql.in(DEPENDENCIES.ISSUE_ID, ids)).execute();
        ctx.deleteFrom(COMMENTS).where(Sql.in(COMMENTS.ISSUE_ID, ids)).execute();
        insertLabels(ctx, issues);
        insertDependencies(ctx, issues);
        insertComments(ctx, issues);
    }

    private static void insertLabels(DSLContext ctx, Collection<Issue> issues) {
        BatchBindStep batch =
                ctx.batch(ctx.insertInto(LABELS, LABELS.ISSUE_ID, LABELS.LABEL).values((String) null, null));
        int rows = 0;
        for (Issue issue : issues) {
            for (String label : issue.labels()) {
                batch.bind(issue.id().value(), label);
                rows++;
            }
        }
        execute(batch, rows);
    }

    private static void insertDependencies(DSLContext ctx, Collection<Issue> issues) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(
                        DEPENDENCIES,
                        DEPENDENCIES.ISSUE_ID,
                        DEPENDENCIES.SEQ,
                        DEPENDENCIES.DEPENDS_ON_ID,
                        DEPENDENCIES.TYPE,
                        DEPENDENCIES.CREATED_AT,
                        DEPENDENCIES.CREATED_NS,
                        DEPENDENCIES.CREATED_BY,
                        DEPENDENCIES.EXTRA)
                .values((String) null, null, null, null, null, null, null, null));
        int rows = 0;
        for (Issue issue : issues) {
            int seq = 0;
            for (Dependency d : issue.dependencies()) {
                batch.bind(
                        d.issueId().value(),
                        seq++,
                        d.dependsOnId().value(),
                        d.type().name(),
                        Times.text(d.createdAt()),
                        Times.nanos(d.createdAt()),
                        d.createdBy(),
                        JsonObjects.encode(d.extra()));
                rows++;
            }
        }
        execute(batch, rows);
    }

    /** Comments with id 0 get a fresh AUTOINCREMENT id (NULL); explicit ids are kept. */
    private static void insertComments(DSLContext ctx, Collection<Issue> issues) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(
                        COMMENTS,
                        COMMENTS.ID,
                        COMMENTS.ISSUE_ID,
                        COMMENTS.SEQ,
                        COMMENTS.AUTHOR,
                        COMMENTS.TEXT,
                        COMMENTS.CREATED_AT)
                .values((Long) null, null, null, null, null, null));
        int rows = 0;
        for (Issue issue : issues) {
            int seq = 0;
            for (Comment c : issue.comments()) {
                batch.bind(
                        c.id() == 0 ? null : c.id(),
                        issue.id().value(),
                        seq++,
                        c.author(),
                        c.text(),
                        Times.text(c.createdAt()));
                rows++;
            }
        }
        execute(batch, rows);
    }

    static void execute(BatchBindStep batch, int rows) {
        if (rows > 0) {
            batch.execute();
        }
    }
}
