package dev.beads.core.service;

import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

/** Applies an {@link UpdateIssue} to an issue: only the fields given, with the closed_at rules of DESIGN §4. */
final class IssueUpdate {
    private IssueUpdate() {}

    /**
     * The updated issue, or {@code current} itself when the request changes nothing; {@code updated_at} moves to
     * {@code now} only when something changed.
     */
    static Issue apply(Issue current, UpdateIssue request, OffsetDateTime now) {
        Issue.Builder next = current.toBuilder();
        setIfGiven(request.title() == null ? null : request.title().strip(), next::title);
        setIfGiven(request.description(), next::description);
        setIfGiven(request.design(), next::design);
        setIfGiven(request.acceptanceCriteria(), next::acceptanceCriteria);
        setIfGiven(request.notes(), next::notes);
        setIfGiven(request.priority(), next::priority);
        setIfGiven(request.type(), next::issueType);
        setIfGiven(request.assignee(), next::assignee);
        setIfGiven(request.estimatedMinutes(), next::estimatedMinutes);
        setIfGiven(request.externalRef(), next::externalRef);
        if (request.status() != null) {
            applyStatus(next, current, request.status(), now);
        }
        next.labels(labels(current, request).stream().toList());
        Issue candidate = next.build();
        return candidate.equals(current)
                ? current
                : candidate.toBuilder().updatedAt(now).build();
    }

    /** The audit event type of a change from {@code before} to {@code after}. */
    static EventType eventType(Issue before, Issue after) {
        if (before.status().equals(after.status())) {
            return EventType.UPDATED;
        }
        if (after.isClosed()) {
            return EventType.CLOSED;
        }
        return before.isClosed() ? EventType.REOPENED : EventType.STATUS_CHANGED;
    }

    private static void applyStatus(Issue.Builder next, Issue current, Status status, OffsetDateTime now) {
        next.status(status);
        if (status.equals(Status.CLOSED)) {
            if (!current.isClosed()) {
                next.closedAt(now);
            }
        } else {
            // closed_at is set exactly when closed; a reopened issue also loses its close reason.
            next.closedAt(null);
            if (current.isClosed()) {
                next.closeReason("");
            }
        }
    }

    private static Set<String> labels(Issue current, UpdateIssue request) {
        if (request.setLabels() != null) {
            return new TreeSet<>(Labels.check(request.setLabels()));
        }
        Set<String> labels = new TreeSet<>(current.labels());
        labels.addAll(Labels.check(request.addLabels()));
        Labels.check(request.removeLabels()).forEach(labels::remove);
        return labels;
    }

    private static <T> void setIfGiven(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
