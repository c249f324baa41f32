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
            IssueId from = issueId.isEmpty() ? owner : IssueId.of(issueId);
            // Go bd's dependency type defaults to blocks (bd dep add).
            DependencyType kind = type.isEmpty() ? DependencyType.BLOCKS : KnownValues.dependencyType(type);
            OffsetDateTime at = createdAt == null ? JsonReads.GO_ZERO_TIME : createdAt;
            return new Dependency(from, IssueId.of(dependsOnId), kind, at, createdBy, extra);
        }
    }

    /** A comment as read; {@code issueId} is empty when the line did not say. */
    static final class CommentDraft {
        private long id;
        private String issueId = "";
        private String author = "";
        private String text = "";
        private OffsetDateTime createdAt;

        Comment toComment(IssueId owner) {
            IssueId on = issueId.isEmpty() ? owner : IssueId.of(issueId);
            return new Comment(id, on, author, text, createdAt == null ? JsonReads.GO_ZERO_TIME : createdAt);
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
                case "id" -> c.id = JsonReads.longInteger(parser, "comments[].id");
                case "issue_id" -> c.issueId = JsonReads.string(parser, key);
                case "author" -> c.author = JsonReads.string(parser, key);
                case "text" -> c.text = JsonReads.string(parser, key);
                case "created_at" -> c.createdAt = JsonReads.timestamp(parser, key);
                // Go bd's Comment has no other fields: json.Unmarshal drops the rest, and so does this.
                default -> parser.skipChildren();
            }
        }
        if (c.id < 0) {
            throw new JsonlProblem("comment id " + c.id + " is negative: comment ids are 0 or more");
        }
        return c;
    }

    private static void expectObject(JsonToken token, String key) {
        if (token != JsonToken.START_OBJECT) {
            throw JsonReads.typeError(key, "an array of objects", token);
        }
    }
}
