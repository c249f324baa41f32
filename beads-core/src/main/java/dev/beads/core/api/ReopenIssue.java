package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.Objects;

/** Reopen a closed issue (status open, closed_at cleared). */
public record ReopenIssue(IssueId id, String reason, String actor) {
    public ReopenIssue {
        Objects.requireNonNull(id, "id");
        reason = reason == null ? "" : reason;
        actor = actor == null ? "" : actor;
    }
}
