package dev.beads.core.api;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import java.util.Objects;

/** Add a comment; {@code author} defaults to the actor. */
public record AddComment(IssueId id, String author, String text) {
    public AddComment {
        Objects.requireNonNull(id, "id");
        author = author == null ? "" : author;
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("comment text is required: bd comments add <id> \"text\"");
        }
    }
}
