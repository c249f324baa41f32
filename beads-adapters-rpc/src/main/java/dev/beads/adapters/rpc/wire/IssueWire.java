package dev.beads.adapters.rpc.wire;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Timestamps;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.core.port.JsonlCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issues and the values around them on the wire. An issue is its JSONL object (DESIGN §5: "in the JSONL field
 * names"), written and read by the workspace's {@link JsonlCodec}, so nothing of it is lost on the way: unknown
 * keys, raw values and timestamps with their offsets. Thread-safe.
 */
public final class IssueWire {
    private static final Set<String> DEPENDENCY_KEYS =
            Set.of("issue_id", "depends_on_id", "type", "created_at", "created_by");

    private final JsonlCodec codec;

    public IssueWire(JsonlCodec codec) {
        this.codec = codec;
    }

    public JsonValue issue(Issue issue) {
        return new JsonValue.JRaw(codec.toLine(issue));
    }

    public Issue issue(JsonValue value) {
        if (!(value instanceof JsonValue.JObject o)) {
            throw new InvalidParamsException("an issue must be an object, got " + Fields.typeOf(value));
        }
        String text = o.source() != null ? o.source() : Json.writeString(o);
        List<Issue> read = codec.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "the request");
        if (read.size() != 1) {
            throw new InvalidParamsException("an issue must be one JSON object");
        }
        return read.get(0);
    }

    public JsonValue issues(List<Issue> issues) {
        List<JsonValue> items = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            items.add(issue(i));
        }
        return new JsonValue.JArray(items);
    }

    public List<Issue> issues(JsonValue value) {
        List<Issue> out = new ArrayList<>();
        for (JsonValue v : array(value)) {
            out.add(issue(v));
        }
        return out;
    }

    public JsonValue details(IssueDetails d) {
        return new JsonObjectBuilder()
                .put("issue", issue(d.issue()))
                .put("depends_on", related(d.dependsOn()))
                .put("dependents", related(d.dependents()))
                .build();
    }

    public IssueDetails details(JsonValue value) {
        Fields f = Fields.of(value, "issue details");
        return new IssueDetails(
                issue(f.raw("issue")), relatedOf(f.array("depends_on")), relatedOf(f.array("dependents")));
    }

    private JsonValue related(List<IssueDetails.Related> related) {
        List<JsonValue> items = new ArrayList<>();
        for (IssueDetails.Related r : related) {
            items.add(new JsonObjectBuilder()
                    .put("issue", issue(r.issue()))
                    .put("type", r.type().name())
                    .build());
        }
        return new JsonValue.JArray(items);
    }

    private List<IssueDetails.Related> relatedOf(List<JsonValue> items) {
        List<IssueDetails.Related> out = new ArrayList<>();
        for (JsonValue v : items) {
            Fields f = Fields.of(v, "a related issue");
            out.add(new IssueDetails.Related(issue(f.raw("issue")), DependencyType.of(f.string("type"))));
        }
        return out;
    }

    public JsonValue blocked(List<BlockedIssue> blocked) {
        List<JsonValue> items = new ArrayList<>();
        for (BlockedIssue b : blocked) {
            items.add(new JsonObjectBuilder()
                    .put("issue", issue(b.issue()))
                    .put("blocked_by", ids(b.blockedBy()))
                    .build());
        }
        return new JsonValue.JArray(items);
    }

    public List<BlockedIssue> blocked(JsonValue value) {
        List<BlockedIssue> out = new ArrayList<>();
        for (JsonValue v : array(value)) {
            Fields f = Fields.of(v, "a blocked issue");
            out.add(new BlockedIssue(issue(f.raw("issue")), f.ids("blocked_by")));
        }
        return out;
    }

    public JsonValue tree(List<TreeNode> nodes) {
        List<JsonValue> items = new ArrayList<>();
        for (TreeNode n : nodes) {
            JsonObjectBuilder b = new JsonObjectBuilder()
                    .put("issue", issue(n.issue()))
                    .put("depth", n.depth())
                    .putIfPresent(
                            "parent_id",
                            n.parentId() == null ? null : n.parentId().value())
                    .putIfPresent("type", n.type() == null ? null : n.type().name())
                    .put("truncated", n.truncated())
                    .putIfPresent("direction", n.direction() == null ? null : lower(n.direction()));
            items.add(b.build());
        }
        return new JsonValue.JArray(items);
    }

    public List<TreeNode> tree(JsonValue value) {
        List<TreeNode> out = new ArrayList<>();
        for (JsonValue v : array(value)) {
            Fields f = Fields.of(v, "a tree node");
            String type = f.optString("type");
            String direction = f.optString("direction");
            out.add(new TreeNode(
                    issue(f.raw("issue")),
                    f.intOr("depth", 0),
                    f.optId("parent_id"),
                    type == null ? null : DependencyType.of(type),
                    f.bool("truncated"),
                    direction == null ? null : TreeDirection.valueOf(direction.toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    public JsonValue epics(List<EpicStatus> epics) {
        List<JsonValue> items = new ArrayList<>();
        for (EpicStatus e : epics) {
            items.add(new JsonObjectBuilder()
                    .put("epic", issue(e.epic()))
                    .put("total_children", e.totalChildren())
                    .put("closed_children", e.closedChildren())
                    .put("eligible_for_close", e.eligibleForClose())
                    .build());
        }
        return new JsonValue.JArray(items);
    }

    public List<EpicStatus> epics(JsonValue value) {
        List<EpicStatus> out = new ArrayList<>();
        for (JsonValue v : array(value)) {
            Fields f = Fields.of(v, "an epic status");
            out.add(new EpicStatus(
                    issue(f.raw("epic")),
                    f.intOr("total_children", 0),
                    f.intOr("closed_children", 0),
                    f.bool("eligible_for_close")));
        }
        return out;
    }

    public static JsonValue comment(Comment c) {
        return new JsonObjectBuilder()
                .put("id", c.id())
                .put("issue_id", c.issueId().value())
                .put("author", c.author())
                .put("text", c.text())
                .put("created_at", Timestamps.format(c.createdAt()))
                .build();
    }

    public static Comment comment(JsonValue value) {
        Fields f = Fields.of(value, "a comment");
        return new Comment(
                f.longOr("id", 0), f.id("issue_id"), f.optString("author"), f.string("text"), f.optTime("created_at"));
    }

    public static JsonValue comments(List<Comment> comments) {
        List<JsonValue> items = new ArrayList<>();
        for (Comment c : comments) {
            items.add(comment(c));
        }
        return new JsonValue.JArray(items);
    }

    public static List<Comment> comments(JsonValue value) {
        List<Comment> out = new ArrayList<>();
        for (JsonValue v : array(value)) {
            out.add(comment(v));
        }
        return out;
    }

    public static JsonValue dependency(Dependency d) {
        JsonObjectBuilder b = new JsonObjectBuilder()
                .put("issue_id", d.issueId().value())
                .put("depends_on_id", d.dependsOnId().value())
                .put("type", d.type().name())
                .put("created_at", Timestamps.format(d.createdAt()))
                .put("created_by", d.createdBy());
        for (Map.Entry<String, RawJson> e : d.extra().entrySet()) {
            b.put(e.getKey(), new JsonValue.JRaw(e.getValue().json()));
        }
        return b.build();
    }

    public static Dependency dependency(JsonValue value) {
        Fields f = Fields.of(value, "a dependency");
        Map<String, RawJson> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : f.object().fields().entrySet()) {
            if (!DEPENDENCY_KEYS.contains(e.getKey())) {
                extra.put(e.getKey(), RawJson.of(Json.writeString(e.getValue())));
            }
        }
        return new Dependency(
                f.id("issue_id"),
                f.id("depends_on_id"),
                DependencyType.of(f.string("type")),
                f.optTime("created_at"),
                f.optString("created_by"),
                extra);
    }

    public static JsonValue ids(List<IssueId> ids) {
        List<JsonValue> items = new ArrayList<>(ids.size());
        for (IssueId id : ids) {
            items.add(JsonValue.of(id.value()));
        }
        return new JsonValue.JArray(items);
    }

    static List<JsonValue> array(JsonValue value) {
        if (value instanceof JsonValue.JArray a) {
            return a.items();
        }
        throw new InvalidParamsException("expected an array, got " + Fields.typeOf(value));
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
