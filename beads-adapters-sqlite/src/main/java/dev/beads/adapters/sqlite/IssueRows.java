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
import org.jooq.Field;

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
     * The scalar fields of the current row of a query that selected {@link #COLUMNS} (in order); the caller adds
     * labels, dependencies and comments.
     */
    static Row read(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        int estimate = rs.getInt(11);
        Integer estimatedMinutes = rs.wasNull() ? null : estimate;
        return new Row(
                id,
                Issue.builder()
                        .id(IssueId.of(id))
                        .title(rs.getString(2))
                        .description(rs.getString(3))
                        .design(rs.getString(4))
                        .acceptanceCriteria(rs.getString(5))
                        .notes(rs.getString(6))
                        .status(Status.of(rs.getString(7)))
                        .priority(Priority.of(rs.getInt(8)))
                        .issueType(IssueType.of(rs.getString(9)))
                        .assignee(rs.getString(10))
                        .estimatedMinutes(estimatedMinutes)
                        .createdAt(Times.parse(rs.getString(12)))
                        // 13: created_ns
                        .createdBy(rs.getString(14))
                        .updatedAt(Times.parse(rs.getString(15)))
                        // 16: updated_ns
                        .closedAt(Times.parse(rs.getString(17)))
                        // 18: closed_ns
                        .closeReason(rs.getString(19))
                        .externalRef(rs.getString(20))
                        .compactionLevel(rs.getInt(21))
                        .compactedAt(Times.parse(rs.getString(22)))
                        .compactedAtCommit(rs.getString(23))
                        .originalSize(rs.getInt(24))
                        .deletedAt(Times.parse(rs.getString(25)))
                        .deletedBy(rs.getString(26))
                        .deleteReason(rs.getString(27))
                        .originalType(rs.getString(28))
                        .sender(rs.getString(29))
                        .ephemeral(rs.getBoolean(30))
                        .pinned(rs.getBoolean(31))
                        .isTemplate(rs.getBoolean(32))
                        .bondedFrom(raw(rs.getString(33)))
                        .creator(raw(rs.getString(34)))
                        .validations(raw(rs.getString(35)))
                        .awaitType(rs.getString(36))
                        .awaitId(rs.getString(37))
                        .timeout(raw(rs.getString(38)))
                        .waiters(raw(rs.getString(39)))
                        .sourceFormula(rs.getString(40))
                        .sourceLocation(rs.getString(41))
                        .extra(JsonObjects.decode(rs.getString(42))));
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
