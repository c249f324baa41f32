package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.InvalidParamsException;
import dev.beads.adapters.rpc.wire.RequestWire;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import dev.beads.core.model.WorkFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go bd v0.39.1's operation arguments ({@code internal/rpc/protocol.go}: {@code CreateArgs}, {@code UpdateArgs},
 * {@code ListArgs}, {@code CountArgs}, {@code ReadyArgs}) read into the core's requests. Go's field names; Go's
 * zero values where Go has them (a create without {@code priority} is P0, as Go's {@code int} field reads it).
 * Arguments this build has no counterpart for are refused by name, not ignored. Stateless.
 */
final class GoArgs {
    private GoArgs() {}

    /** {@code CreateArgs}; {@code dependencies} are Go's {@code "type:id"} or {@code "id"} strings. */
    static CreateIssue create(Fields a, String actor) {
        refuse(a, "create", "waits_for", "waits_for_gate", "sender", "ephemeral", "replies_to", "id_prefix");
        List<CreateIssue.NewDependency> deps = new ArrayList<>();
        for (String spec : a.strings("dependencies")) {
            int colon = spec.indexOf(':');
            deps.add(
                    colon < 0
                            ? new CreateIssue.NewDependency(DependencyType.BLOCKS, IssueId.of(spec.strip()))
                            : new CreateIssue.NewDependency(
                                    DependencyType.parse(
                                            spec.substring(0, colon).strip()),
                                    IssueId.of(spec.substring(colon + 1).strip())));
        }
        String type = a.optString("issue_type");
        String createdBy = a.optString("created_by");
        return CreateIssue.builder(a.optString("title"))
                .description(a.optString("description"))
                .design(a.optString("design"))
                .acceptanceCriteria(a.optString("acceptance_criteria"))
                .priority(Priority.of(a.intOr("priority", 0)))
                .type(type == null || type.isEmpty() ? null : IssueType.of(type))
                .assignee(a.optString("assignee"))
                .externalRef(a.optString("external_ref"))
                .estimatedMinutes(a.optInt("estimated_minutes"))
                .labels(a.strings("labels"))
                .id(blankToNull(a.optString("id")))
                .parent(blankToNull(a.optString("parent")))
                .dependencies(deps)
                .actor(createdBy == null || createdBy.isEmpty() ? actor : createdBy)
                .build();
    }

    /** {@code UpdateArgs}: the JSON-RPC update's own names, with the request's actor. */
    static UpdateIssue update(Fields a, String actor) {
        refuse(
                a,
                "update",
                "sender",
                "ephemeral",
                "replies_to",
                "relates_to",
                "duplicate_of",
                "superseded_by",
                "pinned",
                "parent");
        JsonObjectBuilder b = new JsonObjectBuilder();
        for (Map.Entry<String, JsonValue> f : a.object().fields().entrySet()) {
            b.put(f.getKey(), f.getValue());
        }
        return RequestWire.update(new Fields(b.put("actor", actor).build()));
    }

    /**
     * {@code ListArgs} and {@code CountArgs}: one status, one type, an exact priority or a range, labels (all or
     * any), ids, text, dates ({@code 2006-01-02} or RFC 3339), {@code no_assignee}.
     */
    static IssueFilter filter(Fields a, String op) {
        refuse(a, op, "parent_id", "ephemeral");
        IssueFilter.Builder b = IssueFilter.builder();
        String status = a.optString("status");
        if (status != null && !status.isEmpty()) {
            b.status(Status.of(status));
        }
        String type = a.optString("issue_type");
        if (type != null && !type.isEmpty()) {
            b.type(IssueType.of(type));
        }
        Integer priority = a.optInt("priority");
        if (priority != null) {
            b.priority(priority);
        }
        if (a.has("priority_min")) {
            b.priorityMin(a.optInt("priority_min"));
        }
        if (a.has("priority_max")) {
            b.priorityMax(a.optInt("priority_max"));
        }
        Set<String> labels = new LinkedHashSet<>(a.strings("labels"));
        String label = a.optString("label");
        if (label != null && !label.isEmpty()) {
            labels.add(label);
        }
        return b.assignee(blank(a.optString("assignee")))
                .unassigned(a.bool("no_assignee"))
                .labelsAll(labels)
                .labelsAny(a.stringSet("labels_any"))
                .ids(new LinkedHashSet<>(a.ids("ids")))
                .text(blank(a.optString("query")))
                .titleContains(blank(a.optString("title_contains")))
                .descriptionContains(blank(a.optString("description_contains")))
                .notesContains(blank(a.optString("notes_contains")))
                .createdAfter(date(a, "created_after"))
                .createdBefore(date(a, "created_before"))
                .updatedAfter(date(a, "updated_after"))
                .updatedBefore(date(a, "updated_before"))
                .closedAfter(date(a, "closed_after"))
                .closedBefore(date(a, "closed_before"))
                .limit(a.intOr("limit", 0))
                .build();
    }

    /** {@code ReadyArgs}: {@code type} and {@code sort_policy} are the names Go's ready gives them. */
    static WorkFilter ready(Fields a) {
        refuse(a, "ready", "parent_id");
        String type = a.optString("type");
        String sort = a.optString("sort_policy");
        boolean unassigned = a.bool("unassigned");
        return new WorkFilter(
                unassigned ? null : blank(a.optString("assignee")),
                unassigned,
                a.optInt("priority"),
                type == null || type.isEmpty() ? Set.of() : Set.of(IssueType.of(type)),
                a.stringSet("labels"),
                a.stringSet("labels_any"),
                sort == null || sort.isEmpty() ? null : ReadySort.parse(sort),
                a.intOr("limit", 0));
    }

    private static OffsetDateTime date(Fields a, String key) {
        String text = blank(a.optString(key));
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : Timestamps.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidParamsException(
                    "invalid --" + key.replace('_', '-') + " date: " + text + " (use 2006-01-02 or RFC 3339)");
        }
    }

    private static void refuse(Fields a, String op, String... unsupported) {
        for (String key : unsupported) {
            JsonValue v = a.raw(key);
            if (v != null && !(v instanceof JsonValue.JNull) && !isZero(v)) {
                throw new InvalidParamsException(
                        op + " argument \"" + key + "\" is not supported by this daemon (beads-jvm): leave it out");
            }
        }
    }

    // Go's omitempty: a false, "" or 0 is the same as absent.
    private static boolean isZero(JsonValue v) {
        return switch (v) {
            case JsonValue.JBool b -> !b.value();
            case JsonValue.JString s -> s.value().isEmpty();
            case JsonValue.JNumber n -> n.text().equals("0");
            default -> false;
        };
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static IssueId blankToNull(String s) {
        return s == null || s.isBlank() ? null : IssueId.of(s);
    }
}
