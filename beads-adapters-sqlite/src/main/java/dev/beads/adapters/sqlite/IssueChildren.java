package dev.beads.adapters.sqlite;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels, outgoing dependencies and comments of issues: written in batches, read with one query per table for any
 * number of issues (never one query per issue), grouped by issue id in memory.
 */
final class IssueChildren {
    private static final String INSERT_LABEL = "INSERT INTO labels (issue_id, label) VALUES (?, ?)";
    private static final String INSERT_DEPENDENCY = "INSERT INTO dependencies"
            + " (issue_id, seq, depends_on_id, type, created_at, created_ns, created_by, extra)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /** A NULL id takes the next AUTOINCREMENT value. */
    private static final String INSERT_COMMENT = "INSERT INTO comments"
            + " (id, issue_id, seq, author, text, created_at, original_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String DELETE_LABELS = "DELETE FROM labels WHERE issue_id IN " + Sql.IN_JSON_ARRAY;
    private static final String DELETE_DEPENDENCIES = "DELETE FROM dependencies WHERE issue_id IN " + Sql.IN_JSON_ARRAY;
    private static final String DELETE_COMMENTS = "DELETE FROM comments WHERE issue_id IN " + Sql.IN_JSON_ARRAY;

    private final Map<String, List<String>> labels = new HashMap<>();
    private final Map<String, List<Dependency>> dependencies = new HashMap<>();
    private final Map<String, List<Comment>> comments = new HashMap<>();

    private IssueChildren() {}

    /** Which issues' children to load; each scope's three queries are written once. */
    enum Scope {
        /** One issue: the parameter is its id. */
        ONE("issue_id = ?"),
        /** A set of issues: the parameter is a JSON array of ids. */
        SOME("issue_id IN " + Sql.IN_JSON_ARRAY),
        /** Every issue: no parameter. */
        ALL("1");

        private final String labels;
        private final String dependencies;
        private final String comments;

        Scope(String issueIs) {
            labels = "SELECT issue_id, label FROM labels WHERE " + issueIs;
            dependencies =
                    "SELECT " + DEPENDENCY_COLUMNS + " FROM dependencies WHERE " + issueIs + " ORDER BY issue_id, seq";
            comments = "SELECT id, issue_id, author, text, created_at, original_id FROM comments WHERE " + issueIs
                    + " ORDER BY issue_id, seq";
        }
    }

    static IssueChildren of(Session s, String id) {
        return load(s, Scope.ONE, List.of(id));
    }

    static IssueChildren of(Session s, Collection<String> ids) {
        return load(s, Scope.SOME, List.of(JsonObjects.stringArray(ids)));
    }

    static IssueChildren all(Session s) {
        return load(s, Scope.ALL, List.of());
    }

    private static IssueChildren load(Session s, Scope scope, List<Object> binds) {
        IssueChildren c = new IssueChildren();
        s.each(
                scope.labels,
                binds,
                rs -> c.labels
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        s.each(scope.dependencies, binds, rs -> {
            Dependency d = dependency(rs);
            c.dependencies
                    .computeIfAbsent(d.issueId().value(), k -> new ArrayList<>())
                    .add(d);
        });
        s.each(scope.comments, binds, rs -> {
            Comment comment = new Comment(
                    rs.getLong(1),
                    IssueId.stored(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    Times.parse(rs.getString(5)),
                    rawOrNull(rs.getString(6)));
            c.comments.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(comment);
        });
        return c;
    }

    private static RawJson rawOrNull(String json) {
        return json == null ? null : RawJson.of(json);
    }

    /** {@code builder} completed with this issue's children. */
    Issue complete(IssueRows.Row row) {
        String id = row.id();
        return row.fields()
                .labels(labels.getOrDefault(id, List.of()))
                .dependencies(dependencies.getOrDefault(id, List.of()))
                .comments(comments.getOrDefault(id, List.of()))
                .build();
    }

    /** The columns {@link #dependency} reads, in its order (of {@code dependencies}, qualified). */
    static final String DEPENDENCY_COLUMNS = "dependencies.issue_id, dependencies.depends_on_id, dependencies.type,"
            + " dependencies.created_at, dependencies.created_by, dependencies.extra";

    static Dependency dependency(ResultSet rs) throws SQLException {
        return new Dependency(
                IssueId.stored(rs.getString(1)),
                IssueId.stored(rs.getString(2)),
                DependencyType.of(rs.getString(3)),
                Times.parse(rs.getString(4)),
                rs.getString(5),
                JsonObjects.decode(rs.getString(6)));
    }

    /** Deletes the stored children of {@code replaced} and inserts those of {@code issues}, one batch per table. */
    static void replace(Session s, Collection<String> replaced, Collection<Issue> issues) {
        if (!replaced.isEmpty()) {
            String ids = JsonObjects.stringArray(replaced);
            s.execute(DELETE_LABELS, ids);
            s.execute(DELETE_DEPENDENCIES, ids);
            s.execute(DELETE_COMMENTS, ids);
        }
        List<Object[]> labelRows = new ArrayList<>();
        List<Object[]> dependencyRows = new ArrayList<>();
        List<Object[]> commentRows = new ArrayList<>();
        for (Issue issue : issues) {
            String id = issue.id().value();
            for (String label : issue.labels()) {
                labelRows.add(new Object[] {id, label});
            }
            int seq = 0;
            for (Dependency d : issue.dependencies()) {
                dependencyRows.add(new Object[] {
                    id,
                    seq++,
                    d.dependsOnId().value(),
                    d.type().name(),
                    Times.text(d.createdAt()),
                    Times.nanos(d.createdAt()),
                    d.createdBy(),
                    JsonObjects.encode(d.extra())
                });
            }
            seq = 0;
            for (Comment c : issue.comments()) {
                Long commentId = c.id() == 0 ? null : c.id();
                String originalId =
                        c.originalId() == null ? null : c.originalId().json();
                commentRows.add(
                        new Object[] {commentId, id, seq++, c.author(), c.text(), Times.text(c.createdAt()), originalId
                        });
            }
        }
        s.batch(INSERT_LABEL, labelRows);
        s.batch(INSERT_DEPENDENCY, dependencyRows);
        s.batch(INSERT_COMMENT, commentRows);
    }
}
