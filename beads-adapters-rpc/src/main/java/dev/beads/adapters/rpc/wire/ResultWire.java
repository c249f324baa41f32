package dev.beads.adapters.rpc.wire;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportResult;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Statistics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The use cases' result records on the wire (snake_case keys, as the JSONL's). Thread-safe. */
public final class ResultWire {
    private final IssueWire issues;

    public ResultWire(IssueWire issues) {
        this.issues = issues;
    }

    public JsonValue close(CloseResult r) {
        return new JsonObjectBuilder()
                .put("already_closed", r instanceof CloseResult.AlreadyClosed)
                .put("issue", issues.issue(r.issue()))
                .build();
    }

    public CloseResult close(JsonValue value) {
        Fields f = Fields.of(value, "a close result");
        var issue = issues.issue(f.raw("issue"));
        return f.bool("already_closed") ? new CloseResult.AlreadyClosed(issue) : new CloseResult.Closed(issue);
    }

    public JsonValue delete(DeleteResult r) {
        return new JsonObjectBuilder()
                .put("tombstone", issues.issue(r.tombstone()))
                .put("unlinked", IssueWire.ids(r.unlinked()))
                .put("references_updated", IssueWire.ids(r.referencesUpdated()))
                .build();
    }

    public DeleteResult delete(JsonValue value) {
        Fields f = Fields.of(value, "a delete result");
        return new DeleteResult(issues.issue(f.raw("tombstone")), f.ids("unlinked"), f.ids("references_updated"));
    }

    public static JsonValue stats(Statistics s) {
        return new JsonObjectBuilder()
                .put("total", s.total())
                .put("open", s.open())
                .put("in_progress", s.inProgress())
                .put("blocked", s.blocked())
                .put("closed", s.closed())
                .put("deferred", s.deferred())
                .put("ready", s.ready())
                .put("tombstones", s.tombstones())
                .put("pinned", s.pinned())
                .put("epics_eligible_for_closure", s.epicsEligibleForClosure())
                .put("average_lead_time_hours", new JsonValue.JNumber(Double.toString(s.averageLeadTimeHours())))
                .build();
    }

    public static Statistics stats(JsonValue value) {
        Fields f = Fields.of(value, "statistics");
        return new Statistics(
                f.intOr("total", 0),
                f.intOr("open", 0),
                f.intOr("in_progress", 0),
                f.intOr("blocked", 0),
                f.intOr("closed", 0),
                f.intOr("deferred", 0),
                f.intOr("ready", 0),
                f.intOr("tombstones", 0),
                f.intOr("pinned", 0),
                f.intOr("epics_eligible_for_closure", 0),
                f.doubleOr("average_lead_time_hours", 0));
    }

    public static JsonValue count(CountResult c) {
        JsonObjectBuilder groups = new JsonObjectBuilder();
        for (Map.Entry<String, Integer> e : c.groups().entrySet()) {
            groups.put(e.getKey(), e.getValue().longValue());
        }
        return new JsonObjectBuilder()
                .put("total", c.total())
                .put("groups", groups.build())
                .build();
    }

    public static CountResult count(JsonValue value) {
        Fields f = Fields.of(value, "a count");
        Map<String, Integer> groups = new LinkedHashMap<>();
        Fields g = f.has("groups") ? f.object("groups") : Fields.empty();
        for (String key : g.object().fields().keySet()) {
            groups.put(key, g.intOr(key, 0));
        }
        return new CountResult(f.intOr("total", 0), groups);
    }

    public static JsonValue labelCounts(List<LabelCount> counts) {
        List<JsonValue> items = new ArrayList<>();
        for (LabelCount c : counts) {
            items.add(new JsonObjectBuilder()
                    .put("label", c.label())
                    .put("count", c.count())
                    .build());
        }
        return new JsonValue.JArray(items);
    }

    public static List<LabelCount> labelCounts(JsonValue value) {
        List<LabelCount> out = new ArrayList<>();
        for (JsonValue v : IssueWire.array(value)) {
            Fields f = Fields.of(v, "a label count");
            out.add(new LabelCount(f.string("label"), f.intOr("count", 0)));
        }
        return out;
    }

    public static JsonValue cycles(List<List<IssueId>> cycles) {
        List<JsonValue> items = new ArrayList<>();
        for (List<IssueId> c : cycles) {
            items.add(IssueWire.ids(c));
        }
        return new JsonValue.JArray(items);
    }

    public static List<List<IssueId>> cycles(JsonValue value) {
        List<List<IssueId>> out = new ArrayList<>();
        for (JsonValue v : IssueWire.array(value)) {
            List<IssueId> cycle = new ArrayList<>();
            for (JsonValue id : IssueWire.array(v)) {
                cycle.add(IssueId.of(((JsonValue.JString) id).value()));
            }
            out.add(cycle);
        }
        return out;
    }

    public static JsonValue export(ExportResult r) {
        return new JsonObjectBuilder()
                .put("exported", r.exported())
                .putIfPresent("file", r.file() == null ? null : r.file().toString())
                .put("written", r.written())
                .build();
    }

    public static ExportResult export(JsonValue value) {
        Fields f = Fields.of(value, "an export result");
        String file = f.optString("file");
        return new ExportResult(f.intOr("exported", 0), file == null ? null : Path.of(file), f.bool("written"));
    }

    public static JsonValue imported(ImportResult r) {
        return new JsonObjectBuilder()
                .put("imported", r.created())
                .put("updated", r.updated())
                .put("unchanged", r.unchanged())
                .put("changed_ids", IssueWire.ids(r.changedIds()))
                .put("dry_run", r.dryRun())
                .build();
    }

    public static ImportResult imported(JsonValue value) {
        Fields f = Fields.of(value, "an import result");
        return new ImportResult(
                f.intOr("imported", 0),
                f.intOr("updated", 0),
                f.intOr("unchanged", 0),
                f.ids("changed_ids"),
                f.bool("dry_run"));
    }
}
