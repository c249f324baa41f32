package dev.beads.testkit;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Test data: {@code Issues.anIssue().id("bd-1").title("x").priority(1).build()}, plus dependency, comment and event
 * factories. Every default is fixed (no clock, no randomness) so that tests are repeatable.
 *
 * <p>Dependency factories take the edge's two ends in {@link Dependency} order: the issue that depends first, the
 * one it depends on second. {@code blocks("bd-2", "bd-1")} is the edge {@code bd-2 → bd-1}: bd-1 blocks bd-2
 * ({@code bd dep add bd-2 bd-1}).
 */
public final class Issues {
    /** The fixed instant every default timestamp uses: 2025-01-01T00:00:00Z. */
    public static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The actor defaults use for events, deletions and comments. */
    public static final String ACTOR = "tester";

    private Issues() {}

    /** An open task {@code bd-1}, priority 2, created and updated at {@link #T0}, titled after its id. */
    public static IssueBuilder anIssue() {
        return new IssueBuilder();
    }

    /** {@link #anIssue()} with {@code id}. */
    public static IssueBuilder anIssue(String id) {
        return new IssueBuilder().id(id);
    }

    /** A closed issue (closed_at = updated_at unless set). */
    public static IssueBuilder aClosedIssue(String id) {
        return anIssue(id).closed();
    }

    /** A tombstone (deleted_at = updated_at unless set, deleted by {@link #ACTOR}). */
    public static IssueBuilder aTombstone(String id) {
        return anIssue(id).tombstone();
    }

    /** An {@link IssueId}. */
    public static IssueId id(String value) {
        return IssueId.of(value);
    }

    /** Parses an RFC 3339 timestamp, keeping its offset. */
    public static OffsetDateTime at(String rfc3339) {
        return Timestamps.parse(rfc3339);
    }

    /** {@link #T0} plus {@code hours}. */
    public static OffsetDateTime hoursAfterT0(long hours) {
        return T0.plusHours(hours);
    }

    /** A {@code blocks} edge: {@code from} depends on {@code to} ({@code to} blocks {@code from}), created at T0. */
    public static Dependency blocks(String from, String to) {
        return dependency(from, to, DependencyType.BLOCKS);
    }

    /** A {@code parent-child} edge from {@code child} to {@code parent}, created at T0. */
    public static Dependency parentChild(String child, String parent) {
        return dependency(child, parent, DependencyType.PARENT_CHILD);
    }

    /** A {@code related} edge from {@code from} to {@code to}, created at T0. */
    public static Dependency related(String from, String to) {
        return dependency(from, to, DependencyType.RELATED);
    }

    /** A {@code discovered-from} edge: {@code from} was discovered while working on {@code to}. */
    public static Dependency discoveredFrom(String from, String to) {
        return dependency(from, to, DependencyType.DISCOVERED_FROM);
    }

    /** An edge of any type, created at {@link #T0} by nobody. */
    public static Dependency dependency(String from, String to, DependencyType type) {
        return dependency(from, to, type, T0);
    }

    /** An edge of any type created at {@code at}. */
    public static Dependency dependency(String from, String to, DependencyType type, OffsetDateTime at) {
        return new Dependency(id(from), id(to), type, at, "", Map.of());
    }

    /** A comment not stored yet (id 0) by {@link #ACTOR} at {@link #T0}. */
    public static Comment comment(String issueId, String text) {
        return new Comment(0, id(issueId), ACTOR, text, T0);
    }

    /** A comment with an explicit id. */
    public static Comment comment(long commentId, String issueId, String author, String text, OffsetDateTime at) {
        return new Comment(commentId, id(issueId), author, text, at);
    }

    /** The audit event a create writes: {@code created} by {@link #ACTOR} at the issue's created_at. */
    public static AuditEvent createdEvent(Issue issue) {
        return AuditEvent.of(issue.id(), EventType.CREATED, ACTOR, issue.createdAt());
    }

    /** An audit event of {@code type} for {@code issueId} by {@link #ACTOR} at {@code at}. */
    public static AuditEvent event(String issueId, EventType type, OffsetDateTime at) {
        return AuditEvent.of(id(issueId), type, ACTOR, at);
    }
}
