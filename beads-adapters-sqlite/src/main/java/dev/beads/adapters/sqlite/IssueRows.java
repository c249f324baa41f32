package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** One issue's scalar fields as a row of {@code issues}, and back. Labels, edges and comments live elsewhere. */
final class IssueRows {
    /** The columns {@link #values} fills, in its order. */
    static final List<Field<?>> COLUMNS = List.of(
            ISSUES.ID,
            ISSUES.TITLE,
            ISSUES.DESCRIPTION,
            ISSUES.DESIGN,
            ISSUES.ACCEPTANCE_CRITERIA,
            ISSUES.NOTES,
            ISSUES.STATUS,
            ISSUES.PRIORITY,
            ISSUES.ISSUE_TYPE,
            ISSUES.ASSIGNEE,
            ISSUES.ESTIMATED_MINUTES,
            ISSUES.CREATED_AT,
            ISSUES.CREATED_NS,
            ISSUES.CREATED_BY,
            ISSUES.UPDATED_AT,
            ISSUES.UPDATED_NS,
            ISSUES.CLOSED_AT,
            ISSUES.CLOSED_NS,
            ISSUES.CLOSE_REASON,
            ISSUES.EXTERNAL_REF,
            ISSUES.COMPACTION_LEVEL,
            ISSUES.COMPACTED_AT,
            ISSUES.COMPACTED_AT_COMMIT,
            ISSUES.ORIGINAL_SIZE,
            ISSUES.DELETED_AT,
            ISSUES.DELETED_BY,
            ISSUES.DELETE_REASON,
            ISSUES.ORIGINAL_TYPE,
            ISSUES.SENDER,
            ISSUES.EPHEMERAL,
            ISSUES.PINNED,
            ISSUES.IS_TEMPLATE,
            ISSUES.BONDED_FROM,
            ISSUES.CREATOR,
            ISSUES.VALIDATIONS,
            ISSUES.AWAIT_TYPE,
            ISSUES.AWAIT_ID,
            ISSUES.TIMEOUT,
            ISSUES.WAITERS,
            ISSUES.SOURCE_FORMULA,
            ISSUES.SOURCE_LOCATION,
            ISSUES.EXTRA);

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
    static final Field<Long> PRESENT = presentMask();

    /** What a {@link #read} query selects: {@link #COLUMNS}, then {@link #PRESENT}. */
    static final List<Field<?>> SELECTED =
            Stream.concat(COLUMNS.stream(), Stream.of(PRESENT)).toList();

    private static Field<Long> presentMask() {
        Field<Long> mask = DSL.inline(0L);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Field<?> c = COLUMNS.get(i);
            Condition present = c.getDataType().nullable()
                    ? c.isNotNull()
                    : DSL.condition(c.getType() == String.class ? "{0} <> ''" : "{0} <> 0", c);
            mask = mask.bitOr(DSL.field("(({0}) << {1})", Long.class, present, DSL.inline(i)));
        }
        return mask;
    }

    /** The scalar fields of the current row of a query that selected {@link #SELECTED}; children come later. */
    static Row read(ResultSet rs) throws SQLException {
        Columns c = new Columns(rs, rs.getLong(COLUMNS.size() + 1));
        String id = rs.getString(1);
        return new Row(
                id,
                Issue.builder()
                        .id(IssueId.of(id))
                        .title(c.text(2))
                        .description(c.text(3))
                        .design(c.text(4))
                        .acceptanceCriteria(c.text(5))
                        .notes(c.text(6))
                        .status(Status.of(c.text(7)))
                        .priority(Priority.of(c.number(8)))
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
