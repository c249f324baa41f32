package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.FilterWire;
import dev.beads.adapters.rpc.wire.IssueWire;
import dev.beads.adapters.rpc.wire.ResultWire;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.JsonlCodec;
import java.util.List;
import java.util.Locale;

/** {@link IssueQueries} through the daemon: each method one JSON-RPC call of DESIGN §5. Thread-safe. */
final class RpcIssueQueries implements IssueQueries {
    private final RpcConnection rpc;
    private final IssueWire issues;

    RpcIssueQueries(RpcConnection rpc, JsonlCodec codec) {
        this.rpc = rpc;
        this.issues = new IssueWire(codec);
    }

    @Override
    public IssueId resolve(String partialId) {
        return rpc.call("resolve_id", idParams(partialId), v -> IssueId.of(((JsonValue.JString) v).value()));
    }

    @Override
    public IssueDetails show(IssueId id) {
        return rpc.call("get_issue", idParams(id.value()), issues::details);
    }

    @Override
    public List<Issue> list(IssueFilter filter) {
        return rpc.call("list_issues", FilterWire.of(filter), issues::issues);
    }

    @Override
    public List<Issue> search(String query, IssueFilter filter) {
        JsonObjectBuilder b = new JsonObjectBuilder().put("query", query);
        FilterWire.put(b, filter);
        return rpc.call("search_issues", b.build(), issues::issues);
    }

    @Override
    public List<Issue> ready(WorkFilter filter) {
        return rpc.call("ready_work", FilterWire.of(filter), issues::issues);
    }

    @Override
    public List<BlockedIssue> blocked(WorkFilter filter) {
        return rpc.call("blocked_issues", FilterWire.of(filter), issues::blocked);
    }

    @Override
    public Statistics stats() {
        return rpc.call("stats", new JsonObjectBuilder().build(), ResultWire::stats);
    }

    @Override
    public List<Issue> stale(int days, Status status, int limit) {
        JsonValue.JObject params = new JsonObjectBuilder()
                .put("days", days)
                .putIfPresent("status", status == null ? null : status.name())
                .put("limit", limit)
                .build();
        return rpc.call("stale_issues", params, issues::issues);
    }

    @Override
    public CountResult count(IssueFilter filter, CountGroup group) {
        JsonObjectBuilder b = new JsonObjectBuilder();
        FilterWire.put(b, filter);
        b.putIfPresent("group", group == null ? null : group.name().toLowerCase(Locale.ROOT));
        return rpc.call("count_issues", b.build(), ResultWire::count);
    }

    @Override
    public List<TreeNode> dependencyTree(IssueId root, TreeDirection direction, int maxDepth) {
        JsonValue.JObject params = new JsonObjectBuilder()
                .put("id", root.value())
                .put("direction", direction.name().toLowerCase(Locale.ROOT))
                .put("max_depth", maxDepth)
                .build();
        return rpc.call("dependency_tree", params, issues::tree);
    }

    @Override
    public List<List<IssueId>> dependencyCycles() {
        return rpc.call("dependency_cycles", new JsonObjectBuilder().build(), ResultWire::cycles);
    }

    @Override
    public List<String> labels(IssueId id) {
        return rpc.call(
                "list_labels", idParams(id.value()), v -> Fields.of(v, "labels").strings("labels"));
    }

    @Override
    public List<LabelCount> allLabels() {
        return rpc.call(
                "list_labels",
                new JsonObjectBuilder().build(),
                v -> ResultWire.labelCounts(Fields.of(v, "labels").raw("counts")));
    }

    @Override
    public List<Comment> comments(IssueId id) {
        return rpc.call("list_comments", idParams(id.value()), IssueWire::comments);
    }

    @Override
    public List<EpicStatus> epicStatus(boolean eligibleOnly) {
        return rpc.call(
                "epic_status",
                new JsonObjectBuilder().put("eligible_only", eligibleOnly).build(),
                issues::epics);
    }

    private static JsonValue.JObject idParams(String id) {
        return new JsonObjectBuilder().put("id", id).build();
    }
}
