package dev.beads.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of the audit trail (database only, never exported).
 *
 * @param oldValue may be null
 * @param newValue may be null
 * @param comment may be null
 */
public record AuditEvent(
        IssueId issueId,
        EventType type,
        String actor,
        String oldValue,
        String newValue,
        String comment,
        OffsetDateTime createdAt) {
    public AuditEvent {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        actor = actor == null ? "" : actor;
    }

    public static AuditEvent of(IssueId id, EventType type, String actor, OffsetDateTime at) {
        return new AuditEvent(id, type, actor, null, null, null, at);
    }
}
