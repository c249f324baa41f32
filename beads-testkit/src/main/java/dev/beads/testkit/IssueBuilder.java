package dev.beads.testkit;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Fluent test-data builder for {@link Issue} (start with {@link Issues#anIssue()}). Defaults: id {@code bd-1}, title
 * {@code "Issue <id>"}, status open, priority 2, type task, created_at = updated_at = {@link Issues#T0}.
 * Dependencies and comments added here start at the issue's id whatever order the calls come in, and default to
 * its created_at. Not thread-safe; build once per issue.
 */
public final class IssueBuilder {
    private final Issue.Builder fields = Issue.builder();
    private final List<Function<IssueId, Dependency>> dependencies = new ArrayList<>();
    private final List<Function<IssueId, Comment>> comments = new ArrayList<>();
    private final Map<String, RawJson> extra = new LinkedHashMap<>();
    private final List<String> labels = new ArrayList<>();
    private IssueId id = IssueId.of("bd-1");
    private String title;
    private OffsetDateTime createdAt = Issues.T0;
    private OffsetDateTime updatedAt;
    private OffsetDateTime closedAt;
    private OffsetDateTime deletedAt;
    private boolean closed;
    private boolean tombstone;

    IssueBuilder() {}

    public IssueBuilder id(String value) {
        return id(IssueId.of(value));
    }

    public IssueBuilder id(IssueId value) {
        id = Objects.requireNonNull(value, "id");
        return this;
    }

    public IssueBuilder title(String value) {
        title = value;
        return this;
    }

    public IssueBuilder description(String value) {
        fields.description(value);
        return this;
    }

    public IssueBuilder design(String value) {
        fields.design(value);
        return this;
    }

    public IssueBuilder acceptanceCriteria(String value) {
        fields.acceptanceCriteria(value);
        return this;
    }

    public IssueBuilder notes(String value) {
        fields.notes(value);
        return this;
    }

    public IssueBuilder status(Status value) {
        fields.status(value);
        closed = value.equals(Status.CLOSED);
        tombstone = value.equals(Status.TOMBSTONE);
        return this;
    }

    public IssueBuilder status(String value) {
        return status(Status.of(value));
    }

    /** Status in_progress. */
    public IssueBuilder inProgress() {
        return status(Status.IN_PROGRESS);
    }

    /** Status closed; closed_at defaults to updated_at. */
    public IssueBuilder closed() {
        return status(Status.CLOSED);
    }

    /** Status closed at {@code at}. */
    public IssueBuilder closedAt(OffsetDateTime at) {
        closedAt = at;
        return closed();
    }

    public IssueBuilder closeReason(String value) {
        fields.closeReason(value);
        return this;
    }

    /**
     * A tombstone: status tombstone, deleted_at defaulting to updated_at, deleted_by {@link Issues#ACTOR}, reason
     * "deleted", original_type the issue's type (as {@code bd delete} writes them).
     */
    public IssueBuilder tombstone() {
        return status(Status.TOMBSTONE);
    }

    /** A tombstone deleted at {@code at}. */
    public IssueBuilder deletedAt(OffsetDateTime at) {
        deletedAt = at;
        return tombstone();
    }

    public IssueBuilder priority(int value) {
        fields.priority(Priority.of(value));
        return this;
    }

    public IssueBuilder type(IssueType value) {
        fields.issueType(value);
        return this;
    }

    public IssueBuilder type(String value) {
        return type(IssueType.of(value));
    }

    public IssueBuilder assignee(String value) {
        fields.assignee(value);
        return this;
    }

    public IssueBuilder estimatedMinutes(Integer value) {
        fields.estimatedMinutes(value);
        return this;
    }

    /** created_at; updated_at follows it unless set explicitly. */
    public IssueBuilder createdAt(OffsetDateTime value) {
        createdAt = Objects.requireNonNull(value, "createdAt");
        return this;
    }

    public IssueBuilder createdAt(String rfc3339) {
        return createdAt(Timestamps.parse(rfc3339));
    }

    public IssueBuilder updatedAt(OffsetDateTime value) {
        updatedAt = value;
        return this;
    }

    public IssueBuilder updatedAt(String rfc3339) {
        return updatedAt(Timestamps.parse(rfc3339));
    }

    public IssueBuilder createdBy(String value) {
        fields.createdBy(value);
        return this;
    }

    /** Adds labels (the issue keeps them sorted and distinct). */
    public IssueBuilder labels(String... values) {
        labels.addAll(List.of(values));
        return this;
    }

    /** Adds a {@code blocks} edge to each of {@code blockerIds}: they block this issue. */
    public IssueBuilder blockedBy(String... blockerIds) {
        for (String blocker : blockerIds) {
            dependsOn(blocker, DependencyType.BLOCKS);
        }
        return this;
    }

    /** Adds a {@code parent-child} edge: this issue is a child of {@code parentId}. */
    public IssueBuilder childOf(String parentId) {
        return dependsOn(parentId, DependencyType.PARENT_CHILD);
    }

    /** Adds an edge of {@code type} from this issue to {@code targetId}, created at this issue's created_at. */
    public IssueBuilder dependsOn(String targetId, DependencyType type) {
        IssueId target = IssueId.of(targetId);
        dependencies.add(from -> new Dependency(from, target, type, createdAt, "", Map.of()));
        return this;
    }

    /** Adds an edge exactly as given (its issue id must be this issue's). */
    public IssueBuilder dependency(Dependency value) {
        Objects.requireNonNull(value, "dependency");
        dependencies.add(from -> value);
        return this;
    }

    /** Adds a comment not stored yet (id 0) by {@link Issues#ACTOR} at this issue's created_at. */
    public IssueBuilder comment(String text) {
        comments.add(on -> new Comment(0, on, Issues.ACTOR, text, createdAt));
        return this;
    }

    /** Adds a comment exactly as given. */
    public IssueBuilder comment(Comment value) {
        Objects.requireNonNull(value, "comment");
        comments.add(on -> value);
        return this;
    }

    /** Adds an unknown JSON key, kept in insertion order. */
    public IssueBuilder extra(String key, String json) {
        extra.put(key, RawJson.of(json));
        return this;
    }

    /** Sets any other field on the underlying {@link Issue.Builder}. */
    public IssueBuilder with(UnaryOperator<Issue.Builder> change) {
        change.apply(fields);
        return this;
    }

    /** Builds and validates the issue. */
    public Issue build() {
        OffsetDateTime updated = updatedAt != null ? updatedAt : createdAt;
        fields.id(id)
                .title(title != null ? title : "Issue " + id)
                .createdAt(createdAt)
                .updatedAt(updated)
                .labels(List.copyOf(labels))
                .dependencies(dependencies.stream().map(d -> d.apply(id)).toList())
                .comments(comments.stream().map(c -> c.apply(id)).toList())
                .extra(extra);
        if (closed) {
            fields.closedAt(closedAt != null ? closedAt : updated);
        } else if (tombstone) {
            tombstoneFields(updated);
        } else {
            fields.closedAt(null);
        }
        return fields.build();
    }

    private void tombstoneFields(OffsetDateTime updated) {
        fields.closedAt(closedAt);
        Issue draft = fields.build();
        fields.deletedAt(deletedAt != null ? deletedAt : draft.deletedAt() != null ? draft.deletedAt() : updated);
        if (draft.deletedBy().isEmpty()) {
            fields.deletedBy(Issues.ACTOR);
        }
        if (draft.deleteReason().isEmpty()) {
            fields.deleteReason("deleted");
        }
        if (draft.originalType().isEmpty()) {
            fields.originalType(draft.issueType().name());
        }
    }
}
