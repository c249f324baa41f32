package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;

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
            i.ephemeral(),
            i.pinned(),
            i.isTemplate(),
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

    /** The scalar fields of a row of {@link #COLUMNS}; the caller adds labels, dependencies and comments. */
    static Issue.Builder read(Record r) {
        return Issue.builder()
                .id(IssueId.of(r.get(ISSUES.ID)))
                .title(r.get(ISSUES.TITLE))
                .description(r.get(ISSUES.DESCRIPTION))
                .design(r.get(ISSUES.DESIGN))
                .acceptanceCriteria(r.get(ISSUES.ACCEPTANCE_CRITERIA))
                .notes(r.get(ISSUES.NOTES))
                .status(Status.of(r.get(ISSUES.STATUS)))
                .priority(Priority.of(r.get(ISSUES.PRIORITY)))
                .issueType(IssueType.of(r.get(ISSUES.ISSUE_TYPE)))
                .assignee(r.get(ISSUES.ASSIGNEE))
                .estimatedMinutes(r.get(ISSUES.ESTIMATED_MINUTES))
                .createdAt(Times.parse(r.get(ISSUES.CREATED_AT)))
                .createdBy(r.get(ISSUES.CREATED_BY))
                .updatedAt(Times.parse(r.get(ISSUES.UPDATED_AT)))
                .closedAt(Times.parse(r.get(ISSUES.CLOSED_AT)))
                .closeReason(r.get(ISSUES.CLOSE_REASON))
                .externalRef(r.get(ISSUES.EXTERNAL_REF))
                .compactionLevel(r.get(ISSUES.COMPACTION_LEVEL))
                .compactedAt(Times.parse(r.get(ISSUES.COMPACTED_AT)))
                .compactedAtCommit(r.get(ISSUES.COMPACTED_AT_COMMIT))
                .originalSize(r.get(ISSUES.ORIGINAL_SIZE))
                .deletedAt(Times.parse(r.get(ISSUES.DELETED_AT)))
                .deletedBy(r.get(ISSUES.DELETED_BY))
                .deleteReason(r.get(ISSUES.DELETE_REASON))
                .originalType(r.get(ISSUES.ORIGINAL_TYPE))
                .sender(r.get(ISSUES.SENDER))
                .ephemeral(r.get(ISSUES.EPHEMERAL))
                .pinned(r.get(ISSUES.PINNED))
                .isTemplate(r.get(ISSUES.IS_TEMPLATE))
                .bondedFrom(raw(r.get(ISSUES.BONDED_FROM)))
                .creator(raw(r.get(ISSUES.CREATOR)))
                .validations(raw(r.get(ISSUES.VALIDATIONS)))
                .awaitType(r.get(ISSUES.AWAIT_TYPE))
                .awaitId(r.get(ISSUES.AWAIT_ID))
                .timeout(raw(r.get(ISSUES.TIMEOUT)))
                .waiters(raw(r.get(ISSUES.WAITERS)))
                .sourceFormula(r.get(ISSUES.SOURCE_FORMULA))
                .sourceLocation(r.get(ISSUES.SOURCE_LOCATION))
                .extra(JsonObjects.decode(r.get(ISSUES.EXTRA)));
    }

    private static String raw(RawJson json) {
        return json == null ? null : json.json();
    }

    private static RawJson raw(String text) {
        return text == null ? null : RawJson.of(text);
    }
}
