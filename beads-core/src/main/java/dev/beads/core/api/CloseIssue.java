package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.Objects;

/** Close an issue, with an optional reason. */
public record CloseIssue(IssueId id, String reason, String actor) {
    public CloseIssue {
        Objects.requireNonNull(id, "id");
        reason = reason == null ? "" : reason;
        actor = actor == null ? "" : actor;
    }
}
