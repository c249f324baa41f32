package dev.beads.core.api;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import java.util.Objects;

/** Remove a label from an issue. */
public record RemoveLabel(IssueId id, String label, String actor) {
    public RemoveLabel {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label.strip();
        if (label.isEmpty() || label.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("invalid label \"" + label + "\": labels are non-empty and have no spaces");
        }
        actor = actor == null ? "" : actor;
    }
}
