package dev.beads.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A comment on an issue.
 *
 * @param id storage-assigned, positive; 0 for a comment not stored yet
 */
public record Comment(long id, IssueId issueId, String author, String text, OffsetDateTime createdAt) {
    public Comment {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        if (id < 0) {
            throw new IllegalArgumentException("comment id must be >= 0");
        }
    }

    public Comment withId(long newId) {
        return new Comment(newId, issueId, author, text, createdAt);
    }

    /** Import dedupes comments by (author, text), as Go bd does. */
    public boolean sameContent(Comment other) {
        return author.equals(other.author) && text.equals(other.text);
    }
}
