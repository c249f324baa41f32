package dev.beads.testkit;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One version of the in-memory store. A published state is never changed again: writers change a {@link #copy()}
 * and publish it whole, so readers need no lock and a failed write leaves nothing behind. Event lists are
 * immutable and replaced on append, which keeps the copy shallow.
 */
final class MemoryState {
    final TreeMap<IssueId, Issue> issues;
    final Map<IssueId, List<AuditEvent>> events;
    final TreeSet<IssueId> dirty;
    final TreeMap<String, String> config;
    final TreeMap<String, String> metadata;
    /** The JSONL's records that are not issues, in file order (immutable; replaced whole). */
    List<String> records = List.of();
    /** The highest comment id ever stored (SQLite AUTOINCREMENT's sqlite_sequence): never goes down. */
    long lastCommentId;

    MemoryState() {
        this(new TreeMap<>(), new HashMap<>(), new TreeSet<>(), new TreeMap<>(), new TreeMap<>(), 0);
    }

    private MemoryState(
            TreeMap<IssueId, Issue> issues,
            Map<IssueId, List<AuditEvent>> events,
            TreeSet<IssueId> dirty,
            TreeMap<String, String> config,
            TreeMap<String, String> metadata,
            long lastCommentId) {
        this.issues = issues;
        this.events = events;
        this.dirty = dirty;
        this.config = config;
        this.metadata = metadata;
        this.lastCommentId = lastCommentId;
    }

    MemoryState copy() {
        MemoryState copy = new MemoryState(
                new TreeMap<>(issues),
                new HashMap<>(events),
                new TreeSet<>(dirty),
                new TreeMap<>(config),
                new TreeMap<>(metadata),
                lastCommentId);
        copy.records = records;
        return copy;
    }

    /** Stores {@code issue} whole, giving comments with id 0 fresh ids, records the event, marks it dirty. */
    void put(Issue issue, AuditEvent event) {
        if (!event.issueId().equals(issue.id())) {
            throw new IllegalArgumentException(
                    "audit event for " + event.issueId() + " passed with issue " + issue.id() + ": they must match");
        }
        for (Comment c : issue.comments()) {
            lastCommentId = Math.max(lastCommentId, c.id());
        }
        List<Comment> stored = new ArrayList<>(issue.comments().size());
        for (Comment c : issue.comments()) {
            long commentId = c.id() == 0 ? ++lastCommentId : c.id();
            stored.add(new Comment(commentId, issue.id(), c.author(), c.text(), c.createdAt(), c.originalId()));
        }
        issues.put(issue.id(), issue.withComments(stored, issue.updatedAt()));
        List<AuditEvent> trail = new ArrayList<>(events.getOrDefault(issue.id(), List.of()));
        trail.add(event);
        events.put(issue.id(), List.copyOf(trail));
        dirty.add(issue.id());
    }
}
