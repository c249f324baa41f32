package dev.beads.core.api;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueId;
import java.util.Objects;

/** {@code from} depends on {@code to} (for {@code blocks}: {@code to} blocks {@code from}). */
public record AddDependency(IssueId from, IssueId to, DependencyType type, String actor) {
    public AddDependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        type = type == null ? DependencyType.BLOCKS : type;
        actor = actor == null ? "" : actor;
        if (from.equals(to)) {
            throw new InvalidInputException("issue " + from + " cannot depend on itself");
        }
    }
}
