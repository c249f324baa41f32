package dev.beads.adapters.rpc.wire;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import dev.beads.core.model.WorkFilter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link IssueFilter} and {@link WorkFilter} as params ({@code list_issues {filters…}}, {@code ready_work {filters…,
 * sort, limit}}): every constraint that is set, none that is not. Stateless.
 */
public final class FilterWire {
    private FilterWire() {}

    public static void put(JsonObjectBuilder b, IssueFilter f) {
        List<String> statuses = new ArrayList<>();
        for (Status s : f.statuses()) {
            statuses.add(s.name());
        }
        List<String> ids = new ArrayList<>();
        for (IssueId id : f.ids()) {
            ids.add(id.value());
        }
        b.putStrings("status", statuses)
                .putStrings("issue_type", typeNames(f.types()))
                .putIfPresent("priority_min", f.priorityMin())
                .putIfPresent("priority_max", f.priorityMax())
                .putIfPresent("assignee", f.assignee())
                .put("unassigned", f.unassigned())
                .putStrings("labels", f.labelsAll())
                .putStrings("labels_any", f.labelsAny())
                .putIfPresent("title_contains", f.titleContains())
                .putIfPresent("description_contains", f.descriptionContains())
                .putIfPresent("notes_contains", f.notesContains())
                .putIfPresent("text", f.text())
                .putIfPresent("created_after", time(f.createdAfter()))
                .putIfPresent("created_before", time(f.createdBefore()))
                .putIfPresent("updated_after", time(f.updatedAfter()))
                .putIfPresent("updated_before", time(f.updatedBefore()))
                .putIfPresent("closed_after", time(f.closedAfter()))
                .putIfPresent("closed_before", time(f.closedBefore()))
                .putStrings("ids", ids)
                .put("include_tombstones", f.includeTombstones())
                .put("sort", IssueWire.lower(f.sort()))
                .put("reverse", f.reverse())
                .put("limit", f.limit());
    }

    public static JsonValue.JObject of(IssueFilter f) {
        JsonObjectBuilder b = new JsonObjectBuilder();
        put(b, f);
        return b.build();
    }

    public static IssueFilter issueFilter(Fields f) {
        Set<Status> statuses = new LinkedHashSet<>();
        for (String s : f.strings("status")) {
            statuses.add(Status.of(s));
        }
        Set<IssueId> ids = new LinkedHashSet<>(f.ids("ids"));
        String sort = f.optString("sort");
        return new IssueFilter(
                statuses,
                types(f),
                f.optInt("priority_min"),
                f.optInt("priority_max"),
                f.optString("assignee"),
                f.bool("unassigned"),
                f.stringSet("labels"),
                f.stringSet("labels_any"),
                f.optString("title_contains"),
                f.optString("description_contains"),
                f.optString("notes_contains"),
                f.optString("text"),
                f.optTime("created_after"),
                f.optTime("created_before"),
                f.optTime("updated_after"),
                f.optTime("updated_before"),
                f.optTime("closed_after"),
                f.optTime("closed_before"),
                ids,
                f.bool("include_tombstones"),
                sort == null ? null : SortOrder.parse(sort),
                f.bool("reverse"),
                f.intOr("limit", 0));
    }

    public static JsonValue.JObject of(WorkFilter f) {
        return new JsonObjectBuilder()
                .putIfPresent("assignee", f.assignee())
                .put("unassigned", f.unassigned())
                .putIfPresent("priority", f.priority())
                .putStrings("issue_type", typeNames(f.types()))
                .putStrings("labels", f.labelsAll())
                .putStrings("labels_any", f.labelsAny())
                .put("sort", IssueWire.lower(f.sort()))
                .put("limit", f.limit())
                .build();
    }

    public static WorkFilter workFilter(Fields f) {
        String sort = f.optString("sort");
        return new WorkFilter(
                f.optString("assignee"),
                f.bool("unassigned"),
                f.optInt("priority"),
                types(f),
                f.stringSet("labels"),
                f.stringSet("labels_any"),
                sort == null ? null : ReadySort.parse(sort),
                f.intOr("limit", 0));
    }

    private static Set<IssueType> types(Fields f) {
        Set<IssueType> types = new LinkedHashSet<>();
        for (String t : f.strings("issue_type")) {
            types.add(IssueType.of(t));
        }
        return types;
    }

    private static List<String> typeNames(Set<IssueType> types) {
        List<String> names = new ArrayList<>();
        for (IssueType t : types) {
            names.add(t.name());
        }
        return names;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : Timestamps.format(t);
    }
}
