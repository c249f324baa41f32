package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.IssueWire;
import dev.beads.adapters.rpc.wire.RequestWire;
import dev.beads.adapters.rpc.wire.ResultWire;
import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;

/** {@link IssueCommands} through the daemon: each method one JSON-RPC call of DESIGN §5. Thread-safe. */
final class RpcIssueCommands implements IssueCommands {
    private final RpcConnection rpc;
    private final IssueWire issues;
    private final ResultWire results;

    RpcIssueCommands(RpcConnection rpc, JsonlCodec codec) {
        this.rpc = rpc;
        this.issues = new IssueWire(codec);
        this.results = new ResultWire(issues);
    }

    @Override
    public Issue create(CreateIssue request) {
        return rpc.call(
                "create_issue",
                RequestWire.create(request),
                r -> issues.issue(Fields.of(r, "result").raw("issue")));
    }

    @Override
    public Issue update(UpdateIssue request) {
        return rpc.call("update_issue", RequestWire.update(request), issues::issue);
    }

    @Override
    public CloseResult close(CloseIssue request) {
        return rpc.call(
                "close_issue",
                RequestWire.idReasonActor(request.id().value(), request.reason(), request.actor()),
                results::close);
    }

    @Override
    public Issue reopen(ReopenIssue request) {
        return rpc.call(
                "reopen_issue",
                RequestWire.idReasonActor(request.id().value(), request.reason(), request.actor()),
                issues::issue);
    }

    @Override
    public DeleteResult delete(DeleteIssue request) {
        return rpc.call(
                "delete_issue",
                RequestWire.idReasonActor(request.id().value(), request.reason(), request.actor()),
                results::delete);
    }

    @Override
    public Dependency addDependency(AddDependency request) {
        return rpc.call("add_dependency", RequestWire.addDependency(request), IssueWire::dependency);
    }

    @Override
    public Dependency removeDependency(RemoveDependency request) {
        JsonValue.JObject params = new JsonObjectBuilder()
                .put("issue_id", request.from().value())
                .put("depends_on_id", request.to().value())
                .put("actor", request.actor())
                .build();
        return rpc.call("remove_dependency", params, IssueWire::dependency);
    }

    @Override
    public boolean addLabel(AddLabel request) {
        return rpc.call(
                "add_label",
                labelParams(request.id().value(), request.label(), request.actor()),
                RpcIssueCommands::bool);
    }

    @Override
    public boolean removeLabel(RemoveLabel request) {
        return rpc.call(
                "remove_label",
                labelParams(request.id().value(), request.label(), request.actor()),
                RpcIssueCommands::bool);
    }

    @Override
    public Comment addComment(AddComment request) {
        return rpc.call("add_comment", RequestWire.addComment(request), IssueWire::comment);
    }

    private static JsonValue.JObject labelParams(String id, String label, String actor) {
        return new JsonObjectBuilder()
                .put("id", id)
                .put("label", label)
                .put("actor", actor)
                .build();
    }

    static boolean bool(JsonValue v) {
        return ((JsonValue.JBool) v).value();
    }
}
