package dev.beads.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A comment on an issue.
 *
 * @param id the storage key, ours: positive once stored, 0 for a comment not stored yet
 * @param originalId the id as a JSONL file wrote it (an integer, or a string such as a UUID, in its JSON form), kept
 *     and written back as it came; null for a comment made here, whose id in the file is {@code id}. Files written
 *     by other tools repeat ids across issues and within an issue, so it is never a key.
 */
public record Comment(
        long id, IssueId issueId, String author, String text, OffsetDateTime createdAt, RawJson originalId) {
    public Comment {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        if (id < 0) {
            throw new IllegalArgumentException("comment id must be >= 0");
        }
    }

    /** A comment made here (no id from a file). */
    public Comment(long id, IssueId issueId, String author, String text, OffsetDateTime createdAt) {
        this(id, issueId, author, text, createdAt, null);
    }

    public Comment withId(long newId) {
        return new Comment(newId, issueId, author, text, createdAt, originalId);
    }

    /** Import dedupes comments by (author, text), as Go bd does. */
    public boolean sameContent(Comment other) {
        return author.equals(other.author) && text.equals(other.text);
    }
}
