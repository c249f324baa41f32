package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonParser;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link Issue} as Go bd's {@code json.Marshal} of v0.39.1 {@code types.Issue} does: keys in struct
 * order, {@code omitempty} keys left out when empty, false or 0 ({@code priority}, {@code created_at} and
 * {@code updated_at} always written; {@code estimated_minutes}, a pointer in Go, whenever set), then the issue's
 * unknown keys in their original order. Go's {@code external_ref} and {@code compacted_at_commit} are pointers too,
 * but the model keeps no difference between an empty one and none, so an {@code ""} in a file is not written back.
 * The always-written timestamps are left out when they hold Go's zero time, which is what a line without them reads
 * as (docs/DECISIONS.md: a record that had none gets none back). A comment's id is written as the file had it
 * (integer or string), else as its storage key. Thread-safe.
 */
final class IssueLineWriter {
    /** Every key this codec reads itself; an {@code extra} entry under one of them is ignored. */
    static final Set<String> KNOWN_KEYS = Set.of(
            "id",
            "title",
            "description",
            "design",
            "acceptance_criteria",
            "notes",
            "status",
            "priority",
            "issue_type",
            "assignee",
            "estimated_minutes",
            "created_at",
            "created_by",
            "updated_at",
            "closed_at",
            "close_reason",
            "external_ref",
            "compaction_level",
            "compacted_at",
            "compacted_at_commit",
            "original_size",
            "labels",
            "dependencies",
            "comments",
            "deleted_at",
            "deleted_by",
            "delete_reason",
            "original_type",
            "sender",
            "ephemeral",
            "pinned",
            "is_template",
            "bonded_from",
            "creator",
            "validations",
            "await_type",
            "await_id",
            "timeout",
            "waiters",
            "source_formula",
            "source_location");

    private static final Set<String> KNOWN_DEPENDENCY_KEYS =
            Set.of("issue_id", "depends_on_id", "type", "created_at", "created_by");

    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ISSUE_ID = "{\"issue_id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);

    /**
     * Appends the issue's line, without the newline.
     *
     * @throws InvalidInputException when a {@link RawJson} value of the issue is not valid JSON
     */
    void write(Issue issue, GoJsonBuffer out) {
        out.append(ID);
        out.appendString(issue.id().value());
        key(out, "title");
        out.appendString(issue.title());
        text(out, "description", issue.description());
        text(out, "design", issue.design());
        text(out, "acceptance_criteria", issue.acceptanceCriteria());
        text(out, "notes", issue.notes());
        text(out, "status", issue.status().name());
        key(out, "priority");
        out.appendLong(issue.priority().value());
        text(out, "issue_type", issue.issueType().name());
        text(out, "assignee", issue.assignee());
        if (issue.estimatedMinutes() != null) {
            key(out, "estimated_minutes");
            out.appendLong(issue.estimatedMinutes());
        }
        requiredTime(out, "created_at", issue.createdAt());
        text(out, "created_by", issue.createdBy());
        requiredTime(out, "updated_at", issue.updatedAt());
        time(out, "closed_at", issue.closedAt());
        text(out, "close_reason", issue.closeReason());
        text(out, "external_ref", issue.externalRef());
        number(out, "compaction_level", issue.compactionLevel());
        time(out, "compacted_at", issue.compactedAt());
        text(out, "compacted_at_commit", issue.compactedAtCommit());
        number(out, "original_size", issue.originalSize());
        writeRelations(issue, out);
        writeTombstoneAndExtensions(issue, out);
        extra(issue, out, issue.extra(), KNOWN_KEYS);
        out.append((byte) '}');
    }

    private void writeRelations(Issue issue, GoJsonBuffer out) {
        List<String> labels = issue.labels();
        if (!labels.isEmpty()) {
            key(out, "labels");
            char separator = '[';
            for (String label : labels) {
                out.append((byte) separator);
                out.appendString(label);
                separator = ',';
            }
            out.append((byte) ']');
        }
        if (!issue.dependencies().isEmpty()) {
            key(out, "dependencies");
            char separator = '[';
            for (Dependency d : issue.dependencies()) {
                out.append((byte) separator);
                dependency(issue, d, out);
                separator = ',';
            }
            out.append((byte) ']');
        }
        if (!issue.comments().isEmpty()) {
            key(out, "comments");
            char separator = '[';
            for (Comment c : issue.comments()) {
                out.append((byte) separator);
                comment(issue, c, out);
                separator = ',';
            }
            out.append((byte) ']');
        }
    }

    private void dependency(Issue issue, Dependency d, GoJsonBuffer out) {
        out.append(ISSUE_ID);
        out.appendString(d.issueId().value());
        key(out, "depends_on_id");
        out.appendString(d.dependsOnId().value());
        key(out, "type");
        out.appendString(d.type().name());
        requiredTime(out, "created_at", d.createdAt());
        text(out, "created_by", d.createdBy());
        extra(issue, out, d.extra(), KNOWN_DEPENDENCY_KEYS);
        out.append((byte) '}');
    }

    /** Go bd's Comment has no {@code omitempty}: every key is written. */
    private void comment(Issue issue, Comment c, GoJsonBuffer out) {
        out.append(COMMENT_ID);
        if (c.originalId() != null) {
            rawValue(issue, out, "comments[].id", c.originalId());
        } else {
            out.appendLong(c.id());
        }
        key(out, "issue_id");
        out.appendString(c.issueId().value());
        key(out, "author");
        out.appendString(c.author());
        key(out, "text");
        out.appendString(c.text());
        requiredTime(out, "created_at", c.createdAt());
        out.append((byte) '}');
    }

    private void writeTombstoneAndExtensions(Issue issue, GoJsonBuffer out) {
        time(out, "deleted_at", issue.deletedAt());
        text(out, "deleted_by", issue.deletedBy());
        text(out, "delete_reason", issue.deleteReason());
        text(out, "original_type", issue.originalType());
        text(out, "sender", issue.sender());
        flag(out, "ephemeral", issue.ephemeral());
        flag(out, "pinned", issue.pinned());
        flag(out, "is_template", issue.isTemplate());
        knownRaw(issue, out, "bonded_from", issue.bondedFrom());
        knownRaw(issue, out, "creator", issue.creator());
        knownRaw(issue, out, "validations", issue.validations());
        text(out, "await_type", issue.awaitType());
        text(out, "await_id", issue.awaitId());
        knownRaw(issue, out, "timeout", issue.timeout());
        knownRaw(issue, out, "waiters", issue.waiters());
        text(out, "source_formula", issue.sourceFormula());
        text(out, "source_location", issue.sourceLocation());
    }

    private void extra(Issue issue, GoJsonBuffer out, Map<String, RawJson> extra, Set<String> known) {
        for (Map.Entry<String, RawJson> e : extra.entrySet()) {
            if (!known.contains(e.getKey())) {
                raw(issue, out, e.getKey(), e.getValue());
            }
        }
    }

    /** A Go field (pointer, slice or number): JSON null is the same as absent, and Go omits both. */
    private void knownRaw(Issue issue, GoJsonBuffer out, String key, RawJson value) {
        if (value != null && !value.json().strip().equals("null")) {
            raw(issue, out, key, value);
        }
    }

    /** Re-parses the value so that the line stays valid, compact JSON with Go's escaping whatever it holds. */
    private void raw(Issue issue, GoJsonBuffer out, String key, RawJson value) {
        if (value == null) {
            return;
        }
        key(out, key);
        rawValue(issue, out, key, value);
    }

    private void rawValue(Issue issue, GoJsonBuffer out, String key, RawJson value) {
        try (JsonParser parser = JacksonFactory.get().createParser(value.json())) {
            parser.nextToken();
            RawJsonText.copy(parser, out);
            if (parser.nextToken() != null) {
                throw new JsonlProblem("more than one JSON value");
            }
        } catch (IOException | JsonlProblem e) {
            throw new InvalidInputException("issue " + issue.id() + ": \"" + key + "\" holds invalid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + "): fix or remove the value");
        }
    }

    private static void key(GoJsonBuffer out, String key) {
        out.append((byte) ',');
        out.appendString(key);
        out.append((byte) ':');
    }

    private static void text(GoJsonBuffer out, String key, String value) {
        if (!value.isEmpty()) {
            key(out, key);
            out.appendString(value);
        }
    }

    private static void number(GoJsonBuffer out, String key, int value) {
        if (value != 0) {
            key(out, key);
            out.appendLong(value);
        }
    }

    private static void flag(GoJsonBuffer out, String key, boolean value) {
        if (value) {
            key(out, key);
            out.appendAscii("true");
        }
    }

    private static void time(GoJsonBuffer out, String key, OffsetDateTime value) {
        if (value != null) {
            writeTime(out, key, value);
        }
    }

    /** Always written, except Go's zero time: a line that had no such key reads as that, and gets none back. */
    private static void requiredTime(GoJsonBuffer out, String key, OffsetDateTime value) {
        if (Timestamps.isGoZero(value)) {
            return;
        }
        writeTime(out, key, value);
    }

    private static void writeTime(GoJsonBuffer out, String key, OffsetDateTime value) {
        key(out, key);
        out.append((byte) '"');
        out.appendAscii(Timestamps.format(value));
        out.append((byte) '"');
    }
}
