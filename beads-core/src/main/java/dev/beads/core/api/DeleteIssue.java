package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.Objects;

/**
 * Delete an issue: it becomes a tombstone, edges from other issues to it are removed, and the issues it was
 * connected to (either direction) have its id in their text replaced by {@code [deleted:<id>]}.
 */
public record DeleteIssue(IssueId id, String reason, String actor) {
    public DeleteIssue {
        Objects.requireNonNull(id, "id");
        reason = reason == null ? "" : reason;
        actor = actor == null ? "" : actor;
    }
}
