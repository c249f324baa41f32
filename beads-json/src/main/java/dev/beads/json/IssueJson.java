package dev.beads.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Timestamps;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Issue objects for {@code --json}, with the JSONL field names and order of Go bd's {@code types.Issue} (DESIGN §3):
 * empty values omitted except {@code id}, {@code title}, {@code priority}, {@code created_at} and
 * {@code updated_at}; unknown keys from the file kept at the end.
 */
public final class IssueJson {
    private static final JsonFactory RAW = new JsonFactory();

    private IssueJson() {}

    /** Writes the issue as one object. */
    public static void write(JsonGenerator g, Issue issue) throws IOException {
        g.writeStartObject();
        fields(g, issue);
        g.writeEndObject();
    }

    /** Writes the issue's fields into the object the caller opened (so shapes can add their own fields). */
    public static void fields(JsonGenerator g, Issue i) throws IOException {
        g.writeStringField("id", i.id().value());
        g.writeStringField("title", i.title());
        text(g, "description", i.description());
        text(g, "design", i.design());
        text(g, "acceptance_criteria", i.acceptanceCriteria());
        text(g, "notes", i.notes());
        text(g, "status", i.status().name());
        g.writeNumberField("priority", i.priority().value());
        text(g, "issue_type", i.issueType().name());
        text(g, "assignee", i.assignee());
        if (i.estimatedMinutes() != null) {
            g.writeNumberField("estimated_minutes", i.estimatedMinutes());
        }
        g.writeStringField("created_at", Timestamps.format(i.createdAt()));
        text(g, "created_by", i.createdBy());
        g.writeStringField("updated_at", Timestamps.format(i.updatedAt()));
        time(g, "closed_at", i.closedAt());
        text(g, "close_reason", i.closeReason());
        text(g, "external_ref", i.externalRef());
        number(g, "compaction_level", i.compactionLevel());
        time(g, "compacted_at", i.compactedAt());
        text(g, "compacted_at_commit", i.compactedAtCommit());
        number(g, "original_size", i.originalSize());
        labels(g, i.labels());
        dependencies(g, i.dependencies());
        comments(g, i.comments());
        tombstoneAndLaterFields(g, i);
        for (Map.Entry<String, RawJson> extra : i.extra().entrySet()) {
            raw(g, extra.getKey(), extra.getValue());
        }
    }

    private static void tombstoneAndLaterFields(JsonGenerator g, Issue i) throws IOException {
        time(g, "deleted_at", i.deletedAt());
        text(g, "deleted_by", i.deletedBy());
        text(g, "delete_reason", i.deleteReason());
        text(g, "original_type", i.originalType());
        text(g, "sender", i.sender());
        flag(g, "ephemeral", i.ephemeral());
        flag(g, "pinned", i.pinned());
        flag(g, "is_template", i.isTemplate());
        raw(g, "bonded_from", i.bondedFrom());
        raw(g, "creator", i.creator());
        raw(g, "validations", i.validations());
        text(g, "await_type", i.awaitType());
        text(g, "await_id", i.awaitId());
        raw(g, "timeout", i.timeout());
        raw(g, "waiters", i.waiters());
        text(g, "source_formula", i.sourceFormula());
        text(g, "source_location", i.sourceLocation());
    }

    private static void labels(JsonGenerator g, List<String> labels) throws IOException {
        if (!labels.isEmpty()) {
            g.writeArrayFieldStart("labels");
            for (String label : labels) {
                g.writeString(label);
            }
            g.writeEndArray();
        }
    }

    private static void dependencies(JsonGenerator g, List<Dependency> deps) throws IOException {
        if (!deps.isEmpty()) {
            g.writeArrayFieldStart("dependencies");
            for (Dependency d : deps) {
                dependency(g, d);
            }
            g.writeEndArray();
        }
    }

    /** One dependency record ({@code issue_id, depends_on_id, type, created_at, created_by}). */
    public static void dependency(JsonGenerator g, Dependency d) throws IOException {
        g.writeStartObject();
        g.writeStringField("issue_id", d.issueId().value());
        g.writeStringField("depends_on_id", d.dependsOnId().value());
        g.writeStringField("type", d.type().name());
        g.writeStringField("created_at", Timestamps.format(d.createdAt()));
        text(g, "created_by", d.createdBy());
        for (Map.Entry<String, RawJson> extra : d.extra().entrySet()) {
            raw(g, extra.getKey(), extra.getValue());
        }
        g.writeEndObject();
    }

    private static void comments(JsonGenerator g, List<Comment> comments) throws IOException {
        if (!comments.isEmpty()) {
            g.writeArrayFieldStart("comments");
            for (Comment c : comments) {
                comment(g, c);
            }
            g.writeEndArray();
        }
    }

    /**
     * One comment ({@code id, issue_id, author, text, created_at}); the id as the file it was imported from wrote it
     * (an integer or a string), else its own key.
     */
    public static void comment(JsonGenerator g, Comment c) throws IOException {
        g.writeStartObject();
        if (c.originalId() != null) {
            g.writeFieldName("id");
            g.writeRawValue(c.originalId().json());
        } else {
            g.writeNumberField("id", c.id());
        }
        g.writeStringField("issue_id", c.issueId().value());
        g.writeStringField("author", c.author());
        g.writeStringField("text", c.text());
        g.writeStringField("created_at", Timestamps.format(c.createdAt()));
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, int value) throws IOException {
        if (value != 0) {
            g.writeNumberField(name, value);
        }
    }

    private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(name, true);
        }
    }

    private static void time(JsonGenerator g, String name, OffsetDateTime value) throws IOException {
        if (value != null) {
            g.writeStringField(name, Timestamps.format(value));
        }
    }

    /** Copies raw JSON token by token, so it is indented like the rest of the output. */
    private static void raw(JsonGenerator g, String name, RawJson value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(name);
        try (JsonParser p = RAW.createParser(value.json())) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
    }
}
