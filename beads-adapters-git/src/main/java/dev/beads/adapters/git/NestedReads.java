package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code dependencies} and {@code comments} arrays of a line. Their entries are drafts until the line's
 * {@code id} is known (it is usually first, but JSON does not promise it): an entry without {@code issue_id}
 * belongs to the issue it is listed under.
 */
final class NestedReads {
    private NestedReads() {}

    /** A dependency as read; {@code issueId} is empty when the line did not say. */
    static final class DependencyDraft {
        private String issueId = "";
        private String dependsOnId = "";
        private String type = "";
        private OffsetDateTime createdAt;
        private String createdBy = "";
        private Map<String, RawJson> extra;

        Dependency toDependency(IssueId owner) {
            if (dependsOnId.isEmpty()) {
                throw new JsonlProblem("a dependency of " + owner + " has no \"depends_on_id\"");
            }
            IssueId from = issueId.isEmpty() ? owner : IssueId.stored(issueId);
            // Go bd's dependency type defaults to blocks (bd dep add).
            DependencyType kind = type.isEmpty() ? DependencyType.BLOCKS : KnownValues.dependencyType(type);
            OffsetDateTime at = createdAt == null ? JsonReads.GO_ZERO_TIME : createdAt;
            return new Dependency(from, IssueId.stored(dependsOnId), kind, at, createdBy, extra);
        }
    }

    /**
     * A comment as read; {@code issueId} is empty when the line did not say. bd's id (an integer from 0) is the
     * comment's {@code id}; any other (a string, a negative number) is kept as written in {@code originalId}. The
     * import takes neither as its storage key (files repeat comment ids).
     */
    static final class CommentDraft {
        private long id;
        private RawJson originalId;
        private String issueId = "";
        private String author = "";
        private String text = "";
        private OffsetDateTime createdAt;

        Comment toComment(IssueId owner) {
            IssueId on = issueId.isEmpty() ? owner : IssueId.stored(issueId);
            return new Comment(
                    id, on, author, text, createdAt == null ? JsonReads.GO_ZERO_TIME : createdAt, originalId);
        }
    }

    static List<DependencyDraft> dependencies(JsonParser parser) throws IOException {
        List<DependencyDraft> drafts = new ArrayList<>();
        if (JsonReads.startArray(parser, "dependencies", "an array of objects")) {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                expectObject(token, "dependencies");
                drafts.add(dependency(parser));
            }
        }
        return drafts;
    }

    private static DependencyDraft dependency(JsonParser parser) throws IOException {
        DependencyDraft d = new DependencyDraft();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            switch (key) {
                case "issue_id" -> d.issueId = JsonReads.string(parser, key);
                case "depends_on_id" -> d.dependsOnId = JsonReads.string(parser, key);
                case "type" -> d.type = JsonReads.string(parser, key);
                case "created_at" -> d.createdAt = JsonReads.timestamp(parser, key);
                case "created_by" -> d.createdBy = JsonReads.string(parser, key);
                default -> {
                    if (d.extra == null) {
                        d.extra = new LinkedHashMap<>();
                    }
                    d.extra.put(key, RawJsonText.read(parser));
                }
            }
        }
        return d;
    }

    static List<CommentDraft> comments(JsonParser parser) throws IOException {
        List<CommentDraft> drafts = new ArrayList<>();
        if (JsonReads.startArray(parser, "comments", "an array of objects")) {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                expectObject(token, "comments");
                drafts.add(comment(parser));
            }
        }
        return drafts;
    }

    private static CommentDraft comment(JsonParser parser) throws IOException {
        CommentDraft c = new CommentDraft();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            switch (key) {
                case "id" -> commentId(parser, c);
                case "issue_id" -> c.issueId = JsonReads.string(parser, key);
                case "author" -> c.author = JsonReads.string(parser, key);
                case "text" -> c.text = JsonReads.string(parser, key);
                case "created_at" -> c.createdAt = JsonReads.timestamp(parser, key);
                // Go bd's Comment has no other fields: json.Unmarshal drops the rest, and so does this.
                default -> parser.skipChildren();
            }
        }
        return c;
    }

    /** bd's integer id, or any other integer or string (other tools write UUIDs) as its JSON text; null is none. */
    private static void commentId(JsonParser parser, CommentDraft c) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_NULL -> {}
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = parser.getNumberType();
                boolean fits = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
                if (fits && parser.getLongValue() >= 0) {
                    c.id = parser.getLongValue();
                } else {
                    c.originalId = RawJsonText.read(parser);
                }
            }
            case VALUE_STRING -> c.originalId = RawJsonText.read(parser);
            default -> throw JsonReads.typeError("comments[].id", "an integer or a string", token);
        }
    }

    private static void expectObject(JsonToken token, String key) {
        if (token != JsonToken.START_OBJECT) {
            throw JsonReads.typeError(key, "an array of objects", token);
        }
    }
}
