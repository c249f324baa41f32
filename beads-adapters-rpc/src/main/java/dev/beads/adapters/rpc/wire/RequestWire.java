package dev.beads.adapters.rpc.wire;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutating requests as params (client side) and back (server side). Keys are the JSONL's field names; the
 * records' compact constructors validate on both sides. Stateless.
 */
public final class RequestWire {
    private RequestWire() {}

    /** {@code create_issue {issue, actor}}. */
    public static JsonValue.JObject create(CreateIssue r) {
        JsonObjectBuilder issue = new JsonObjectBuilder()
                .put("title", r.title())
                .put("description", r.description())
                .put("design", r.design())
                .put("acceptance_criteria", r.acceptanceCriteria())
                .put("notes", r.notes())
                .put("priority", r.priority().value())
                .put("issue_type", r.type().name())
                .put("assignee", r.assignee())
                .putStrings("labels", r.labels())
                .putIfPresent("estimated_minutes", r.estimatedMinutes())
                .put("external_ref", r.externalRef())
                .putIfPresent("id", r.id() == null ? null : r.id().value())
                .putIfPresent("parent", r.parent() == null ? null : r.parent().value());
        List<JsonValue> deps = new ArrayList<>();
        for (CreateIssue.NewDependency d : r.dependencies()) {
            deps.add(new JsonObjectBuilder()
                    .put("type", d.type().name())
                    .put("depends_on_id", d.dependsOn().value())
                    .build());
        }
        issue.put("dependencies", new JsonValue.JArray(deps));
        return new JsonObjectBuilder()
                .put("issue", issue.build())
                .put("actor", r.actor())
                .build();
    }

    public static CreateIssue create(Fields params) {
        Fields f = params.object("issue");
        List<CreateIssue.NewDependency> deps = new ArrayList<>();
        for (JsonValue v : f.array("dependencies")) {
            Fields d = Fields.of(v, "a dependency");
            String type = d.optString("type");
            deps.add(new CreateIssue.NewDependency(
                    type == null ? DependencyType.BLOCKS : DependencyType.of(type), d.id("depends_on_id")));
        }
        Integer priority = f.optInt("priority");
        String type = f.optString("issue_type");
        return CreateIssue.builder(f.optString("title"))
                .description(f.optString("description"))
                .design(f.optString("design"))
                .acceptanceCriteria(f.optString("acceptance_criteria"))
                .notes(f.optString("notes"))
                .priority(priority == null ? null : Priority.of(priority))
                .type(type == null || type.isEmpty() ? null : IssueType.of(type))
                .assignee(f.optString("assignee"))
                .labels(f.strings("labels"))
                .estimatedMinutes(f.optInt("estimated_minutes"))
                .externalRef(f.optString("external_ref"))
                .id(f.optId("id"))
                .parent(f.optId("parent"))
                .dependencies(deps)
                .actor(params.optString("actor"))
                .build();
    }

    /** {@code update_issue {id, fields…, actor}}: only the fields to change are present. */
    public static JsonValue.JObject update(UpdateIssue r) {
        JsonObjectBuilder b = new JsonObjectBuilder()
                .put("id", r.id().value())
                .putIfPresent("title", r.title())
                .putIfPresent("description", r.description())
                .putIfPresent("design", r.design())
                .putIfPresent("acceptance_criteria", r.acceptanceCriteria())
                .putIfPresent("notes", r.notes())
                .putIfPresent("status", r.status() == null ? null : r.status().name())
                .putIfPresent(
                        "priority", r.priority() == null ? null : r.priority().value())
                .putIfPresent("issue_type", r.type() == null ? null : r.type().name())
                .putIfPresent("assignee", r.assignee())
                .putIfPresent("estimated_minutes", r.estimatedMinutes())
                .putIfPresent("external_ref", r.externalRef());
        if (!r.addLabels().isEmpty()) {
            b.putStrings("add_labels", r.addLabels());
        }
        if (!r.removeLabels().isEmpty()) {
            b.putStrings("remove_labels", r.removeLabels());
        }
        if (r.setLabels() != null) {
            b.putStrings("set_labels", r.setLabels());
        }
        return b.put("actor", r.actor()).build();
    }

    public static UpdateIssue update(Fields f) {
        Integer priority = f.optInt("priority");
        String status = f.optString("status");
        String type = f.optString("issue_type");
        return UpdateIssue.builder(f.id("id"))
                .title(f.optString("title"))
                .description(f.optString("description"))
                .design(f.optString("design"))
                .acceptanceCriteria(f.optString("acceptance_criteria"))
                .notes(f.optString("notes"))
                .status(status == null ? null : Status.of(status))
                .priority(priority == null ? null : Priority.of(priority))
                .type(type == null ? null : IssueType.of(type))
                .assignee(f.optString("assignee"))
                .estimatedMinutes(f.optInt("estimated_minutes"))
                .externalRef(f.optString("external_ref"))
                .addLabels(f.strings("add_labels"))
                .removeLabels(f.strings("remove_labels"))
                .setLabels(f.optStrings("set_labels"))
                .actor(f.optString("actor"))
                .build();
    }

    /** {@code close_issue}, {@code reopen_issue}, {@code delete_issue}: {@code {id, reason, actor}}. */
    public static JsonValue.JObject idReasonActor(String id, String reason, String actor) {
        return new JsonObjectBuilder()
                .put("id", id)
                .put("reason", reason)
                .put("actor", actor)
                .build();
    }

    /** {@code add_dependency {issue_id, depends_on_id, type, actor}}. */
    public static JsonValue.JObject addDependency(AddDependency r) {
        return new JsonObjectBuilder()
                .put("issue_id", r.from().value())
                .put("depends_on_id", r.to().value())
                .put("type", r.type().name())
                .put("actor", r.actor())
                .build();
    }

    public static AddDependency addDependency(Fields f) {
        String type = f.optString("type");
        return new AddDependency(
                f.id("issue_id"),
                f.id("depends_on_id"),
                type == null ? null : DependencyType.of(type),
                f.optString("actor"));
    }

    /** {@code add_comment {id, author, text}}. */
    public static JsonValue.JObject addComment(AddComment r) {
        return new JsonObjectBuilder()
                .put("id", r.id().value())
                .put("author", r.author())
                .put("text", r.text())
                .build();
    }

    public static AddComment addComment(Fields f) {
        return new AddComment(f.id("id"), f.optString("author"), f.optString("text"));
    }
}
