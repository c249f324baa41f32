package dev.beads.adapters.sqlite;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** One issue's scalar fields as a row of {@code issues}, and back. Labels, edges and comments live elsewhere. */
final class IssueRows {
    /** What an empty value of a column is: how {@link #PRESENT} tests it. */
    enum Empty {
        /** {@code NOT NULL} text: the empty string. */
        TEXT,
        /** {@code NOT NULL} integer: zero. */
        NUMBER,
        /** A nullable column: NULL. */
        NULLABLE
    }

    /** A column of {@code issues} and what its empty value is. */
    record Column(String name, Empty empty) {}

    /** The columns {@link #values} fills, in its order (the table's order; IssueRowsTest checks both). */
    static final List<Column> COLUMNS = List.of(
            new Column("id", Empty.TEXT),
            new Column("title", Empty.TEXT),
            new Column("description", Empty.TEXT),
            new Column("design", Empty.TEXT),
            new Column("acceptance_criteria", Empty.TEXT),
            new Column("notes", Empty.TEXT),
            new Column("status", Empty.TEXT),
            new Column("priority", Empty.NUMBER),
            new Column("issue_type", Empty.TEXT),
            new Column("assignee", Empty.TEXT),
            new Column("estimated_minutes", Empty.NULLABLE),
            new Column("created_at", Empty.TEXT),
            new Column("created_ns", Empty.NUMBER),
            new Column("created_by", Empty.TEXT),
            new Column("updated_at", Empty.TEXT),
            new Column("updated_ns", Empty.NUMBER),
            new Column("closed_at", Empty.NULLABLE),
            new Column("closed_ns", Empty.NULLABLE),
            new Column("close_reason", Empty.TEXT),
            new Column("external_ref", Empty.TEXT),
            new Column("compaction_level", Empty.NUMBER),
            new Column("compacted_at", Empty.NULLABLE),
            new Column("compacted_at_commit", Empty.TEXT),
            new Column("original_size", Empty.NUMBER),
            new Column("deleted_at", Empty.NULLABLE),
            new Column("deleted_by", Empty.TEXT),
            new Column("delete_reason", Empty.TEXT),
            new Column("original_type", Empty.TEXT),
            new Column("sender", Empty.TEXT),
            new Column("ephemeral", Empty.NUMBER),
            new Column("pinned", Empty.NUMBER),
            new Column("is_template", Empty.NUMBER),
            new Column("bonded_from", Empty.NULLABLE),
            new Column("creator", Empty.NULLABLE),
            new Column("validations", Empty.NULLABLE),
            new Column("await_type", Empty.TEXT),
            new Column("await_id", Empty.TEXT),
            new Column("timeout", Empty.NULLABLE),
            new Column("waiters", Empty.NULLABLE),
            new Column("source_formula", Empty.TEXT),
            new Column("source_location", Empty.TEXT),
            new Column("extra", Empty.NULLABLE));

    /** The names of {@link #COLUMNS}, comma-separated. */
    static final String COLUMN_LIST =
            String.join(", ", COLUMNS.stream().map(Column::name).toList());

    private IssueRows() {}

    /** The values of {@link #COLUMNS} for {@code issue}. */
    static Object[] values(Issue i) {
        return new Object[] {
            i.id().value(),
            i.title(),
            i.description(),
            i.design(),
            i.acceptanceCriteria(),
            i.notes(),
            i.status().name(),
            i.priority().value(),
            i.issueType().name(),
            i.assignee(),
            i.estimatedMinutes(),
            Times.text(i.createdAt()),
            Times.nanos(i.createdAt()),
            i.createdBy(),
            Times.text(i.updatedAt()),
            Times.nanos(i.updatedAt()),
            Times.text(i.closedAt()),
            Times.nanos(i.closedAt()),
            i.closeReason(),
            i.externalRef(),
            i.compactionLevel(),
            Times.text(i.compactedAt()),
            i.compactedAtCommit(),
            i.originalSize(),
            Times.text(i.deletedAt()),
            i.deletedBy(),
            i.deleteReason(),
            i.originalType(),
            i.sender(),
            i.ephemeral() ? 1 : 0,
            i.pinned() ? 1 : 0,
            i.isTemplate() ? 1 : 0,
            raw(i.bondedFrom()),
            raw(i.creator()),
            raw(i.validations()),
            i.awaitType(),
            i.awaitId(),
            raw(i.timeout()),
            raw(i.waiters()),
            i.sourceFormula(),
            i.sourceLocation(),
            JsonObjects.encode(i.extra())
        };
    }

    /**
     * A bit per column of {@link #COLUMNS} (bit {@code i} for column {@code i + 1}), set when the value is not empty,
     * 0 or NULL. Most of an issue's 42 columns are empty, and each JDBC getter is a JNI call: reading only the set
     * ones made {@code all()} about a third faster.
     */
    static final String PRESENT = presentMask();

    /** What a {@link #read} query selects: {@link #COLUMNS}, then {@link #PRESENT}. */
    static final String SELECTED = COLUMN_LIST + ", " + PRESENT;

    private static String presentMask() {
        StringBuilder mask = new StringBuilder("(0");
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            String present = switch (c.empty()) {
                case TEXT -> c.name() + " <> ''";
                case NUMBER -> c.name() + " <> 0";
                case NULLABLE -> c.name() + " IS NOT NULL";
            };
            mask.append(" | ((").append(present).append(") << ").append(i).append(')');
        }
        return mask.append(')').toString();
    }

    /** The scalar fields of the current row of a query that selected {@link #SELECTED}; children come later. */
    static Row read(ResultSet rs) throws SQLException {
        Columns c = new Columns(rs, rs.getLong(COLUMNS.size() + 1));
        String id = rs.getString(1);
        return new Row(
                id,
                Issue.builder()
                        .id(IssueId.stored(id))
                        .title(c.text(2))
                        .description(c.text(3))
                        .design(c.text(4))
                        .acceptanceCriteria(c.text(5))
                        .notes(c.text(6))
                        .status(Status.of(c.text(7)))
                        .priority(Priority.stored(c.number(8)))
                        .issueType(IssueType.of(c.text(9)))
                        .assignee(c.text(10))
                        .estimatedMinutes(c.has(11) ? rs.getInt(11) : null)
                        .createdAt(Times.parse(c.nullable(12)))
                        // 13: created_ns
                        .createdBy(c.text(14))
                        .updatedAt(Times.parse(c.nullable(15)))
                        // 16: updated_ns
                        .closedAt(Times.parse(c.nullable(17)))
                        // 18: closed_ns
                        .closeReason(c.text(19))
                        .externalRef(c.text(20))
                        .compactionLevel(c.number(21))
                        .compactedAt(Times.parse(c.nullable(22)))
                        .compactedAtCommit(c.text(23))
                        .originalSize(c.number(24))
                        .deletedAt(Times.parse(c.nullable(25)))
                        .deletedBy(c.text(26))
                        .deleteReason(c.text(27))
                        .originalType(c.text(28))
                        .sender(c.text(29))
                        .ephemeral(c.has(30))
                        .pinned(c.has(31))
                        .isTemplate(c.has(32))
                        .bondedFrom(raw(c.nullable(33)))
                        .creator(raw(c.nullable(34)))
                        .validations(raw(c.nullable(35)))
                        .awaitType(c.text(36))
                        .awaitId(c.text(37))
                        .timeout(raw(c.nullable(38)))
                        .waiters(raw(c.nullable(39)))
                        .sourceFormula(c.text(40))
                        .sourceLocation(c.text(41))
                        .extra(JsonObjects.decode(c.nullable(42))));
    }

    /** Getters by 1-based column index that skip the JNI call for columns the mask says are empty. */
    private record Columns(ResultSet rs, long present) {
        boolean has(int column) {
            return (present & (1L << (column - 1))) != 0;
        }

        String text(int column) throws SQLException {
            return has(column) ? rs.getString(column) : "";
        }

        String nullable(int column) throws SQLException {
            return has(column) ? rs.getString(column) : null;
        }

        int number(int column) throws SQLException {
            return has(column) ? rs.getInt(column) : 0;
        }
    }

    /** An issue row read, waiting for its children. */
    record Row(String id, Issue.Builder fields) {}

    private static String raw(RawJson json) {
        return json == null ? null : json.json();
    }

    private static RawJson raw(String text) {
        return text == null ? null : RawJson.of(text);
    }
}
