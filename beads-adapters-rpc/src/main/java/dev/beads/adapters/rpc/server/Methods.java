package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.FilterWire;
import dev.beads.adapters.rpc.wire.IssueWire;
import dev.beads.adapters.rpc.wire.RequestWire;
import dev.beads.adapters.rpc.wire.ResultWire;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.port.JsonlCodec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The method table of DESIGN §5: each method one thin mapping from params onto one driving-port call and from its
 * result onto the wire. Thread-safe (the ports are).
 */
final class Methods {
    /** The protocol revision {@code version} reports; bumped when a method changes shape. */
    static final int PROTOCOL = 1;

    /**
     * One method: whether it reads the workspace (then the daemon's before-request work runs first), whether it
     * changes it (then the after-mutation work runs before the answer), and how it runs.
     */
    record Method(boolean usesStore, boolean mutates, Handler handler) {}

    @FunctionalInterface
    interface Handler {
        JsonValue run(Fields params);
    }

    private final Map<String, Method> table = new HashMap<>();
    private final DrivingPorts ports;
    private final IssueWire issues;
    private final ResultWire results;
    private final ServerControl control;

    Methods(DrivingPorts ports, JsonlCodec codec, ServerControl control) {
        this.ports = ports;
        this.issues = new IssueWire(codec);
        this.results = new ResultWire(issues);
        this.control = control;
        daemonMethods();
        issueMethods();
        queryMethods();
        annotationMethods();
        syncAndConfigMethods();
    }

    Method find(String name) {
        return table.get(name);
    }

    private void control(String name, Handler h) {
        table.put(name, new Method(false, false, h));
    }

    private void read(String name, Handler h) {
        table.put(name, new Method(true, false, h));
    }

    private void write(String name, Handler h) {
        table.put(name, new Method(true, true, h));
    }

    private void daemonMethods() {
        control("ping", p -> JsonValue.of("pong"));
        control(
                "version",
                p -> new JsonObjectBuilder()
                        .put("version", control.version())
                        .put("protocol", PROTOCOL)
                        .build());
        control("status", p -> control.status());
        control(
                "health",
                p -> new JsonObjectBuilder()
                        .put("status", "healthy")
                        .put("version", control.version())
                        .build());
        control("metrics", p -> control.status());
        control("shutdown", p -> {
            control.shutdown();
            return JsonValue.of("OK");
        });
    }

    private void issueMethods() {
        write("create_issue", p -> {
            Issue created = ports.issues().create(RequestWire.create(p));
            return new JsonObjectBuilder()
                    .put("issue_id", created.id().value())
                    .put("issue", issues.issue(created))
                    .build();
        });
        write("update_issue", p -> issues.issue(ports.issues().update(RequestWire.update(p))));
        write(
                "close_issue",
                p -> results.close(
                        ports.issues().close(new CloseIssue(p.id("id"), p.optString("reason"), p.optString("actor")))));
        write(
                "reopen_issue",
                p -> issues.issue(ports.issues()
                        .reopen(new ReopenIssue(p.id("id"), p.optString("reason"), p.optString("actor")))));
        write(
                "delete_issue",
                p -> results.delete(ports.issues()
                        .delete(new DeleteIssue(p.id("id"), p.optString("reason"), p.optString("actor")))));
        write("add_dependency", p -> IssueWire.dependency(ports.issues().addDependency(RequestWire.addDependency(p))));
        write(
                "remove_dependency",
                p -> IssueWire.dependency(ports.issues()
                        .removeDependency(
                                new RemoveDependency(p.id("issue_id"), p.id("depends_on_id"), p.optString("actor")))));
    }

    private void queryMethods() {
        read("get_issue", p -> issues.details(ports.queries().show(p.id("id"))));
        read(
                "resolve_id",
                p -> JsonValue.of(ports.queries().resolve(p.string("id")).value()));
        read("list_issues", p -> issues.issues(ports.queries().list(FilterWire.issueFilter(p))));
        read("search_issues", p -> issues.issues(ports.queries().search(p.string("query"), FilterWire.issueFilter(p))));
        read("ready_work", p -> issues.issues(ports.queries().ready(FilterWire.workFilter(p))));
        read("blocked_issues", p -> issues.blocked(ports.queries().blocked(FilterWire.workFilter(p))));
        read("stats", p -> ResultWire.stats(ports.queries().stats()));
        read("stale_issues", p -> {
            String status = p.optString("status");
            return issues.issues(ports.queries()
                    .stale(p.intOr("days", 30), status == null ? null : Status.of(status), p.intOr("limit", 0)));
        });
        read("count_issues", p -> {
            String group = p.optString("group");
            return ResultWire.count(
                    ports.queries().count(FilterWire.issueFilter(p), group == null ? null : CountGroup.parse(group)));
        });
        read("dependency_tree", p -> {
            String direction = p.optString("direction");
            return issues.tree(ports.queries()
                    .dependencyTree(
                            p.id("id"),
                            direction == null
                                    ? TreeDirection.DOWN
                                    : TreeDirection.valueOf(direction.toUpperCase(Locale.ROOT)),
                            p.intOr("max_depth", 50)));
        });
        read("dependency_cycles", p -> ResultWire.cycles(ports.queries().dependencyCycles()));
        read("epic_status", p -> issues.epics(ports.queries().epicStatus(p.bool("eligible_only"))));
    }

    private void annotationMethods() {
        write(
                "add_label",
                p -> JsonValue.of(
                        ports.issues().addLabel(new AddLabel(p.id("id"), p.optString("label"), p.optString("actor")))));
        write(
                "remove_label",
                p -> JsonValue.of(ports.issues()
                        .removeLabel(new RemoveLabel(p.id("id"), p.optString("label"), p.optString("actor")))));
        read(
                "list_labels",
                p -> p.has("id")
                        ? new JsonObjectBuilder()
                                .putStrings("labels", ports.queries().labels(p.id("id")))
                                .build()
                        : new JsonObjectBuilder()
                                .put(
                                        "counts",
                                        ResultWire.labelCounts(ports.queries().allLabels()))
                                .build());
        write("add_comment", p -> IssueWire.comment(ports.issues().addComment(RequestWire.addComment(p))));
        read("list_comments", p -> IssueWire.comments(ports.queries().comments(p.id("id"))));
    }

    private void syncAndConfigMethods() {
        write(
                "sync",
                p -> new JsonObjectBuilder()
                        .put("import", ResultWire.imported(ports.sync().importIfChanged()))
                        .put("export", ResultWire.export(ports.sync().flushIfDirty()))
                        .build());
        write("export", p -> {
            String path = p.optString("path");
            IssueFilter filter = p.has("filter") ? FilterWire.issueFilter(p.object("filter")) : null;
            return ResultWire.export(ports.sync()
                    .export(new ExportIssues(path == null ? null : Path.of(path), filter, p.bool("force"))));
        });
        write("import", p -> {
            String path = p.optString("path");
            return ResultWire.imported(ports.sync()
                    .importIssues(new ImportIssues(
                            path == null ? null : Path.of(path), p.bool("dry_run"), p.optString("actor"))));
        });
        read("config_get", p -> JsonValue.of(ports.config().get(p.string("key")).orElse(null)));
        write("config_set", p -> {
            ports.config().set(p.string("key"), p.string("value"));
            return JsonValue.NULL;
        });
        read("config_list", p -> {
            JsonObjectBuilder b = new JsonObjectBuilder();
            for (Map.Entry<String, String> e : ports.config().list().entrySet()) {
                b.put(e.getKey(), e.getValue());
            }
            return b.build();
        });
        write("config_unset", p -> JsonValue.of(ports.config().unset(p.string("key"))));
    }
}
