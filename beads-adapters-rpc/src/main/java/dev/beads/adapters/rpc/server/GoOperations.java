package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.WorkFilter;
import dev.beads.json.CommandJson;
import dev.beads.json.GoJson;
import dev.beads.json.JsonBody;
import dev.beads.json.Shapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go bd v0.39.1's issue operations ({@code internal/rpc/server_*.go}), each one mapping of Go's arguments onto the
 * driving ports, answered with the {@code data} the CLI prints for the same command with {@code --json} (one
 * element of it where the CLI prints an array over several ids: {@code show}, {@code update}, {@code close}), written
 * by the same {@link CommandJson}. Where Go's daemon answers with no data ({@code dep_add}, {@code dep_remove},
 * {@code label_add}, {@code label_remove}) the data is the CLI's object, which Go's clients ignore; {@code delete}
 * and {@code export} answer Go's daemon maps (docs/DECISIONS.md). Thread-safe.
 */
final class GoOperations {
    /** What an operation does: whether it writes, and its data (null: none). */
    record Op(boolean mutates, Handler handler) {}

    @FunctionalInterface
    interface Handler {
        JsonValue run(Fields args, String actor);
    }

    private final Map<String, Op> table = new HashMap<>();
    private final DrivingPorts ports;
    private final GoMutations mutations;

    GoOperations(DrivingPorts ports, GoMutations mutations) {
        this.ports = ports;
        this.mutations = mutations;
        issueOperations();
        queryOperations();
        annotationOperations();
        fileOperations();
    }

    Op find(String operation) {
        return table.get(operation);
    }

    private void read(String name, Handler h) {
        table.put(name, new Op(false, h));
    }

    private void write(String name, Handler h) {
        table.put(name, new Op(true, h));
    }

    static JsonValue data(JsonBody body) {
        return new JsonValue.JRaw(GoJson.compact(body));
    }

    private void issueOperations() {
        write("create", (a, actor) -> {
            CreateIssue request = GoArgs.create(a, actor);
            Issue created = ports.issues().create(request);
            mutations.record("create", created);
            return data(Shapes.issue(created));
        });
        write("update", (a, actor) -> {
            Issue updated = ports.issues().update(GoArgs.update(resolved(a, "id"), actor));
            mutations.record("update", updated);
            return data(CommandJson.issue(updated));
        });
        write("close", this::close);
        write("delete", this::delete);
    }

    private JsonValue close(Fields a, String actor) {
        IssueId id = resolve(a.string("id"));
        Set<IssueId> blockedBefore = a.bool("suggest_next") ? blockedIds() : null;
        Issue closed = ports.issues()
                .close(new CloseIssue(id, a.optString("reason"), actor))
                .issue();
        mutations.record("update", closed);
        if (blockedBefore == null) {
            return data(CommandJson.issue(closed));
        }
        List<Issue> unblocked = new ArrayList<>();
        for (Issue i : ports.queries().ready(WorkFilter.ALL)) {
            if (blockedBefore.contains(i.id())) {
                unblocked.add(i);
            }
        }
        // Go's CloseResult {closed, unblocked (omitempty)}.
        return data(g -> {
            g.writeStartObject();
            g.writeFieldName("closed");
            CommandJson.issue(closed).write(g);
            if (!unblocked.isEmpty()) {
                g.writeFieldName("unblocked");
                Shapes.issues(unblocked).write(g);
            }
            g.writeEndObject();
        });
    }

    private Set<IssueId> blockedIds() {
        Set<IssueId> ids = new HashSet<>();
        for (var b : ports.queries().blocked(WorkFilter.ALL)) {
            ids.add(b.issue().id());
        }
        return ids;
    }

    // Go's handleDelete (server_issues_epics.go:643): each id tombstoned in turn, failures collected.
    private JsonValue delete(Fields a, String actor) {
        List<String> ids = a.strings("ids");
        if (ids.isEmpty()) {
            throw new GoFailure("no issue IDs provided for deletion");
        }
        if (a.bool("cascade")) {
            throw new GoFailure("delete argument \"cascade\" is not supported by this daemon (beads-jvm): delete the"
                    + " dependents by id, or run bd delete --cascade");
        }
        if (a.bool("dry_run")) {
            return data(Shapes.object(Shapes.sorted("dry_run", true, "issue_count", ids.size(), "issues", ids)));
        }
        String reason = a.optString("reason");
        List<String> errors = new ArrayList<>();
        int deleted = 0;
        for (String id : ids) {
            try {
                IssueId resolved = resolve(id);
                Issue tombstone = ports.issues()
                        .delete(new dev.beads.core.api.DeleteIssue(
                                resolved, reason == null || reason.isEmpty() ? "deleted via daemon" : reason, actor))
                        .tombstone();
                mutations.record("delete", tombstone);
                deleted++;
            } catch (dev.beads.core.error.BeadsException e) {
                errors.add(id + ": " + e.getMessage());
            }
        }
        if (deleted == 0) {
            throw new GoFailure("failed to delete all issues: [" + String.join(" ", errors) + "]");
        }
        Map<String, Object> result = Shapes.sorted("deleted_count", deleted, "total_count", ids.size());
        if (!errors.isEmpty()) {
            result.put("errors", errors);
            result.put("partial_success", true);
        }
        return data(Shapes.object(result));
    }

    private void queryOperations() {
        read("list", (a, actor) -> {
            IssueFilter filter = GoArgs.filter(a, "list");
            List<Issue> issues = withoutTemplates(ports.queries().list(filter), a.bool("include_templates"));
            List<Issue> all =
                    IssueFilter.ALL.equals(filter) ? issues : ports.queries().list(IssueFilter.ALL);
            return data(CommandJson.list(issues, CommandJson.dependentCounts(all)));
        });
        read("count", (a, actor) -> {
            String group = a.optString("group_by");
            CountGroup by = group == null || group.isEmpty() ? null : countGroup(group);
            return data(CommandJson.count(ports.queries().count(GoArgs.filter(a, "count"), by), by));
        });
        read("show", (a, actor) -> data(g -> Shapes.details(g, ports.queries().show(resolve(a.string("id"))))));
        read("resolve_id", (a, actor) -> JsonValue.of(resolve(a.string("id")).value()));
        read("ready", (a, actor) -> data(Shapes.issues(ports.queries().ready(GoArgs.ready(a)))));
        read("blocked", (a, actor) -> {
            if (a.has("parent_id") && !a.string("parent_id").isEmpty()) {
                throw new GoFailure("blocked argument \"parent_id\" is not supported by this daemon (beads-jvm): run"
                        + " bd blocked --parent");
            }
            return data(CommandJson.blocked(ports.queries().blocked(WorkFilter.ALL)));
        });
        read("stale", (a, actor) -> {
            String status = a.optString("status");
            return data(Shapes.rows(ports.queries()
                    .stale(
                            a.intOr("days", 30) == 0 ? 30 : a.intOr("days", 30),
                            status == null || status.isEmpty() ? null : Status.of(status),
                            a.intOr("limit", 0))));
        });
        read("stats", (a, actor) -> data(Shapes.statistics(ports.queries().stats())));
        read("epic_status", (a, actor) -> {
            boolean eligible = a.bool("eligible_only");
            return data(CommandJson.epics(ports.queries().epicStatus(eligible), eligible));
        });
        read("dep_tree", (a, actor) -> {
            int depth = a.intOr("max_depth", 0);
            return data(CommandJson.tree(ports.queries()
                    .dependencyTree(resolve(a.string("id")), TreeDirection.DOWN, depth <= 0 ? 50 : depth)));
        });
        read(
                "comment_list",
                (a, actor) -> data(CommandJson.comments(ports.queries().comments(resolve(a.string("id"))))));
    }

    private void annotationOperations() {
        write("dep_add", (a, actor) -> {
            String type = a.optString("dep_type");
            var added = ports.issues()
                    .addDependency(new AddDependency(
                            resolve(a.string("from_id")),
                            resolve(a.string("to_id")),
                            type == null || type.isEmpty() ? DependencyType.BLOCKS : DependencyType.parse(type),
                            actor));
            mutations.record("update", added.issueId());
            return data(CommandJson.dependencyAdded(added));
        });
        write("dep_remove", (a, actor) -> {
            var removed = ports.issues()
                    .removeDependency(
                            new RemoveDependency(resolve(a.string("from_id")), resolve(a.string("to_id")), actor));
            mutations.record("update", removed.issueId());
            return data(CommandJson.dependencyRemoved(removed));
        });
        write("label_add", (a, actor) -> {
            IssueId id = resolve(a.string("id"));
            ports.issues().addLabel(new AddLabel(id, a.string("label"), actor));
            mutations.record("update", id);
            return data(CommandJson.labelChange("added", id, a.string("label")));
        });
        write("label_remove", (a, actor) -> {
            IssueId id = resolve(a.string("id"));
            ports.issues().removeLabel(new RemoveLabel(id, a.string("label"), actor));
            mutations.record("update", id);
            return data(CommandJson.labelChange("removed", id, a.string("label")));
        });
        write("comment_add", (a, actor) -> {
            IssueId id = resolve(a.string("id"));
            String author = a.optString("author");
            var added = ports.issues()
                    .addComment(
                            new AddComment(id, author == null || author.isEmpty() ? actor : author, a.string("text")));
            mutations.record("comment", id);
            return data(CommandJson.comment(added));
        });
    }

    private void fileOperations() {
        write("export", (a, actor) -> {
            String path = a.optString("jsonl_path");
            ExportResult r = ports.sync()
                    .export(new ExportIssues(path == null || path.isEmpty() ? null : Path.of(path), null, false));
            // Go's handleExport map (server_export_import_auto.go:219): sorted keys.
            return data(Shapes.object(Shapes.sorted(
                    "exported_count", r.exported(), "path", r.file().toString(), "skipped_count", 0)));
        });
        write("import", (a, actor) -> {
            String path = a.optString("jsonl_path");
            return data(CommandJson.imported(ports.sync()
                    .importIssues(
                            new ImportIssues(path == null || path.isEmpty() ? null : Path.of(path), false, actor))));
        });
        read("get_mutations", (a, actor) -> data(mutations.since(a.longOr("since", 0))));
    }

    private Fields resolved(Fields a, String key) {
        var b = new dev.beads.adapters.rpc.json.JsonObjectBuilder();
        for (var f : a.object().fields().entrySet()) {
            b.put(f.getKey(), f.getValue());
        }
        return new Fields(b.put(key, resolve(a.string(key)).value()).build());
    }

    private IssueId resolve(String id) {
        return ports.queries().resolve(id);
    }

    // Go's list leaves templates out unless include_templates (as bd list does).
    private static List<Issue> withoutTemplates(List<Issue> issues, boolean include) {
        if (include) {
            return issues;
        }
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            if (!i.isTemplate()) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static CountGroup countGroup(String name) {
        try {
            return CountGroup.parse(name);
        } catch (RuntimeException e) {
            throw new GoFailure(
                    "invalid group_by value: " + name + " (must be one of: status, priority, type, assignee, label)");
        }
    }

    /** A refusal in Go's words, answered as the operation's {@code error}. */
    static final class GoFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GoFailure(String message) {
            super(message, null, false, false);
        }
    }
}
