package dev.beads.core.api;

import dev.beads.core.model.IssueId;
import java.util.Objects;

/** Remove the edge from {@code from} to {@code to} (of any type). */
public record RemoveDependency(IssueId from, IssueId to, String actor) {
    public RemoveDependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actor = actor == null ? "" : actor;
    }
}
