package dev.beads.mcp;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The issue tools of beads-mcp v0.39.1 ({@code server.py}): ready, list, show, create, update, close, reopen, dep,
 * stats, blocked. Names, parameters, defaults and descriptions are that server's; each result is structured content
 * in its models' shapes plus a few lines of text.
 */
final class IssueTools {
    static final List<String> STATUSES = List.of("open", "in_progress", "blocked", "deferred", "closed");
    static final List<String> TYPES = List.of("bug", "feature", "task", "epic", "chore");
    static final List<String> DEP_TYPES = List.of("blocks", "related", "parent-child", "discovered-from");

    private final Compaction compaction;
    private final String actor;

    IssueTools(Compaction compaction, String actor) {
        this.compaction = compaction;
        this.actor = actor;
    }

    List<BeadsTool> tools() {
        return List.of(ready(), list(), show(), create(), update(), close(), reopen(), dep(), stats(), blocked());
    }

    private static Schema views(Schema schema) {
        return schema.workspaceRoot()
                .bool("brief", "If true, return only {id, title, status, priority} per issue.", false)
                .strings("fields", "Return only these issue fields (custom projection), e.g. [\"id\", \"title\"].")
                .integer(
                        "max_description_length",
                        "Truncate descriptions to this many characters (\"...\" marks the cut).",
                        null,
                        0,
                        Integer.MAX_VALUE);
    }

    private BeadsTool ready() {
        Schema schema = Schema.object()
                .integer("limit", "Maximum issues to return (1-100, default 10).", 10, 1, 100)
                .integer("priority", "Filter by priority level (0-4, 0 is highest).", null, 0, 4)
                .string("assignee", "Filter by assignee.")
                .strings("labels", "Filter by labels (AND: must have ALL specified labels).")
                .strings("labels_any", "Filter by labels (OR: must have at least one).")
                .bool("unassigned", "Filter to only unassigned issues.", false)
                .oneOf(
                        "sort_policy",
                        "Sort policy: hybrid (default: recent work by priority, older by age), priority, oldest.",
                        List.of("hybrid", "priority", "oldest"),
                        null);
        return new BeadsTool(
                "ready",
                "Find tasks that have no blockers and are ready to be worked on. Returns minimal format for context"
                        + " efficiency.",
                views(schema).build(),
                false,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    String sort = a.string("sort_policy");
                    WorkFilter filter = new WorkFilter(
                            a.string("assignee"),
                            a.bool("unassigned", false),
                            a.bounded("priority", null, 0, 4),
                            null,
                            new LinkedHashSet<>(a.strings("labels")),
                            new LinkedHashSet<>(a.strings("labels_any")),
                            sort == null ? null : ReadySort.parse(sort),
                            a.bounded("limit", 10, 1, 100));
                    List<Issue> issues = p.queries().ready(filter);
                    return listResult(p, a, issues, "ready issues", "No ready work: nothing open and unblocked.");
                });
    }

    private BeadsTool list() {
        Schema schema = Schema.object()
                .oneOf("status", "Filter by status.", STATUSES, null)
                .integer("priority", "Filter by priority level (0-4, 0 is highest).", null, 0, 4)
                .oneOf("issue_type", "Filter by type.", TYPES, null)
                .string("assignee", "Filter by assignee.")
                .strings("labels", "Filter by labels (AND: must have ALL specified labels).")
                .strings("labels_any", "Filter by labels (OR: must have at least one).")
                .string("query", "Search in title (case-insensitive substring).")
                .bool("unassigned", "Filter to only unassigned issues.", false)
                .integer("limit", "Maximum issues to return (1-100, default 20).", 20, 1, 100);
        return new BeadsTool(
                "list", "List all issues with optional filters.", views(schema).build(), false, call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    IssueFilter.Builder filter = IssueFilter.builder()
                            .assignee(a.string("assignee"))
                            .unassigned(a.bool("unassigned", false))
                            .labelsAll(new LinkedHashSet<>(a.strings("labels")))
                            .labelsAny(new LinkedHashSet<>(a.strings("labels_any")))
                            .titleContains(a.string("query"))
                            .limit(a.bounded("limit", 20, 1, 100));
                    if (a.has("status")) {
                        filter.status(Status.of(a.string("status")));
                    }
                    if (a.has("issue_type")) {
                        filter.type(IssueType.of(a.string("issue_type")));
                    }
                    Integer priority = a.bounded("priority", null, 0, 4);
                    if (priority != null) {
                        filter.priority(priority);
                    }
                    List<Issue> issues = p.queries().list(filter.build());
                    return listResult(p, a, issues, "issues", "No issues match.");
                });
    }

    private BeadsTool show() {
        Schema schema = Schema.object()
                .requiredString("issue_id", "The issue ID to show (e.g., 'bd-a1b2'); a unique part of it also works.")
                .bool("brief_deps", "If true, return the full issue but with compact dependencies.", false);
        return new BeadsTool(
                "show",
                "Show detailed information about a specific issue including dependencies and dependents.",
                views(schema).build(),
                false,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    IssueId id = p.queries().resolve(a.required("issue_id"));
                    IssueDetails details =
                            IssueViews.truncated(p.queries().show(id), a.integer("max_description_length"));
                    Map<String, Object> view;
                    if (a.bool("brief", false)) {
                        view = IssueViews.brief(details.issue());
                    } else if (a.bool("brief_deps", false)) {
                        view = IssueViews.withBriefDeps(details);
                    } else if (!a.strings("fields").isEmpty()) {
                        view = IssueViews.project(details, a.strings("fields"));
                    } else {
                        view = IssueViews.full(details);
                    }
                    return new BeadsTool.Result(view, showText(details));
                });
    }

    private BeadsTool create() {
        Schema schema = Schema.object()
                .requiredString("title", "The issue's title (1-500 characters).")
                .string("description", "What the issue is about.", "")
                .string("design", "Design notes.")
                .string("acceptance", "Acceptance criteria.")
                .string("external_ref", "A reference elsewhere (e.g., 'gh-9', 'jira-ABC').")
                .integer("priority", "Priority 0-4 (0 is highest, default 2).", 2, 0, 4)
                .oneOf("issue_type", "The issue's type.", TYPES, "task")
                .string("assignee", "Who works on it.")
                .strings("labels", "Labels to attach.")
                .string("id", "An explicit id (e.g., 'bd-42') instead of a generated hash id.")
                .strings(
                        "deps",
                        "Dependencies: issue ids this one depends on ('bd-15' blocks it), or 'type:id' with type"
                                + " blocks, related, parent-child or discovered-from.")
                .workspaceRoot()
                .bool("brief", "If true (default), return a minimal OperationResult; if false, the full issue.", true);
        return new BeadsTool(
                "create",
                "Create a new issue (bug, feature, task, epic, or chore) with optional design,\n"
                        + "acceptance criteria, and dependencies.",
                schema.build(),
                true,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    CreateIssue.Builder request = CreateIssue.builder(a.required("title"))
                            .description(a.string("description", ""))
                            .design(a.string("design"))
                            .acceptanceCriteria(a.string("acceptance"))
                            .externalRef(a.string("external_ref"))
                            .priority(Priority.of(a.bounded("priority", 2, 0, 4)))
                            .type(IssueType.of(a.string("issue_type", "task")))
                            .assignee(a.string("assignee"))
                            .labels(a.strings("labels"))
                            .dependencies(deps(p, a.strings("deps")))
                            .actor(actor);
                    if (a.has("id")) {
                        request.id(IssueId.of(a.string("id")));
                    }
                    Issue issue = p.issues().create(request.build());
                    return writeResult(p, issue, "created", null, a.bool("brief", true));
                });
    }

    private BeadsTool update() {
        Schema schema = Schema.object()
                .requiredString("issue_id", "The issue to update (e.g., 'bd-a1b2').")
                .oneOf("status", "New status; 'closed' closes the issue (reason 'Closed via update').", STATUSES, null)
                .integer("priority", "New priority 0-4 (0 is highest).", null, 0, 4)
                .string("assignee", "New assignee ('' to unassign).")
                .string("title", "New title.")
                .string("description", "New description.")
                .string("design", "New design notes.")
                .string("acceptance_criteria", "New acceptance criteria.")
                .string("notes", "New notes.")
                .string("external_ref", "New external reference.")
                .workspaceRoot()
                .bool("brief", "If true (default), return a minimal OperationResult; if false, the full issue.", true);
        return new BeadsTool(
                "update",
                "Update an existing issue's status, priority, assignee, description, design notes,\n"
                        + "or acceptance criteria. Use this to claim work (set status=in_progress).",
                schema.build(),
                true,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    IssueId id = p.queries().resolve(a.required("issue_id"));
                    boolean brief = a.bool("brief", true);
                    if ("closed".equals(a.string("status"))) {
                        // beads-mcp sends a close through the close path, so it gets a reason and closed_at.
                        Issue closed = p.issues()
                                .close(new CloseIssue(id, "Closed via update", actor))
                                .issue();
                        return writeResult(p, closed, "closed", "Closed via update", brief);
                    }
                    UpdateIssue.Builder request = UpdateIssue.builder(id)
                            .title(a.string("title"))
                            .description(a.string("description"))
                            .design(a.string("design"))
                            .acceptanceCriteria(a.string("acceptance_criteria"))
                            .notes(a.string("notes"))
                            .assignee(a.string("assignee"))
                            .externalRef(a.string("external_ref"))
                            .actor(actor);
                    if (a.has("status")) {
                        request.status(Status.of(a.string("status")));
                    }
                    Integer priority = a.bounded("priority", null, 0, 4);
                    if (priority != null) {
                        request.priority(Priority.of(priority));
                    }
                    Issue issue = p.issues().update(request.build());
                    return writeResult(p, issue, "updated", null, brief);
                });
    }

    private BeadsTool close() {
        Schema schema = Schema.object()
                .requiredString("issue_id", "The issue to close (e.g., 'bd-a1b2').")
                .string("reason", "Why it is closed (default 'Completed').", "Completed")
                .workspaceRoot()
                .bool("brief", "If true (default), return minimal OperationResults; if false, the full issues.", true);
        return new BeadsTool(
                "close",
                "Close (complete) an issue. Mark work as done when you've finished implementing/fixing it.",
                schema.build(),
                true,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    IssueId id = p.queries().resolve(a.required("issue_id"));
                    String reason = a.string("reason", "Completed");
                    CloseResult result = p.issues().close(new CloseIssue(id, reason, actor));
                    String text = (result instanceof CloseResult.AlreadyClosed ? "Already closed " : "Closed ")
                            + IssueViews.line(result.issue());
                    Object item = item(p, id, "closed", reason, a.bool("brief", true));
                    return new BeadsTool.Result(Map.of("issues", List.of(item)), text);
                });
    }

    private BeadsTool reopen() {
        Schema schema = Schema.object()
                .requiredStrings("issue_ids", "The closed issues to reopen (e.g., ['bd-a1b2']).")
                .string("reason", "Why they are reopened.")
                .workspaceRoot()
                .bool("brief", "If true (default), return minimal OperationResults; if false, the full issues.", true);
        return new BeadsTool(
                "reopen",
                "Reopen one or more closed issues. Sets status to 'open' and clears closed_at timestamp.",
                schema.build(),
                true,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    List<String> requested = a.strings("issue_ids");
                    if (requested.isEmpty()) {
                        throw new dev.beads.core.error.InvalidInputException("parameter issue_ids is required");
                    }
                    String reason = a.string("reason");
                    boolean brief = a.bool("brief", true);
                    List<Object> items = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    for (String raw : requested) {
                        IssueId id = p.queries().resolve(raw);
                        Issue issue = p.issues().reopen(new ReopenIssue(id, reason, actor));
                        items.add(item(p, id, "reopened", reason, brief));
                        text.append(text.isEmpty() ? "" : "\n")
                                .append("Reopened ")
                                .append(IssueViews.line(issue));
                    }
                    return new BeadsTool.Result(Map.of("issues", items), text.toString());
                });
    }

    private BeadsTool dep() {
        Schema schema = Schema.object()
                .requiredString("issue_id", "The issue that has the dependency (e.g., 'bd-f1a2').")
                .requiredString("depends_on_id", "The issue it depends on (e.g., 'bd-a1b2').")
                .oneOf("dep_type", "The kind of dependency.", DEP_TYPES, "blocks")
                .workspaceRoot();
        return new BeadsTool(
                "dep",
                "Add a dependency between issues. Types: blocks (hard blocker),\n"
                        + "related (soft link), parent-child (epic/subtask), discovered-from (found during work).",
                schema.build(),
                true,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    IssueId from = p.queries().resolve(a.required("issue_id"));
                    IssueId to = p.queries().resolve(a.required("depends_on_id"));
                    DependencyType type = DependencyType.of(a.string("dep_type", "blocks"));
                    p.issues().addDependency(new AddDependency(from, to, type, actor));
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("issue_id", from.value());
                    view.put("depends_on_id", to.value());
                    view.put("dep_type", type.name());
                    // beads-mcp returns bd's confirmation line.
                    String text = "Added dependency: " + from.value() + " depends on " + to.value() + " (" + type.name()
                            + ")";
                    return new BeadsTool.Result(view, text);
                });
    }

    private BeadsTool stats() {
        return new BeadsTool(
                "stats",
                "Get statistics: total issues, open, in_progress, closed, blocked, ready, and average lead time.",
                Schema.object().workspaceRoot().build(),
                false,
                call -> {
                    Map<String, Object> view =
                            IssueViews.stats(call.ports().queries().stats());
                    StringBuilder text = new StringBuilder();
                    for (Map.Entry<String, Object> e : view.entrySet()) {
                        text.append(text.isEmpty() ? "" : "\n")
                                .append(e.getKey())
                                .append(": ")
                                .append(e.getValue());
                    }
                    return new BeadsTool.Result(view, text.toString());
                });
    }

    private BeadsTool blocked() {
        Schema schema = Schema.object()
                .workspaceRoot()
                .bool("brief", "If true, return only {id, title, status, priority} per issue.", false)
                .bool("brief_deps", "If true, return full issues but with compact dependencies.", false);
        return new BeadsTool(
                "blocked",
                "Get blocked issues showing what dependencies are blocking them from being worked on.",
                schema.build(),
                false,
                call -> {
                    Args a = call.args();
                    WorkspacePorts p = call.ports();
                    List<Object> items = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    for (BlockedIssue b : p.queries().blocked(WorkFilter.ALL)) {
                        IssueDetails details = p.queries().show(b.issue().id());
                        Map<String, Object> view;
                        if (a.bool("brief", false)) {
                            view = IssueViews.brief(b.issue());
                        } else if (a.bool("brief_deps", false)) {
                            view = IssueViews.withBriefDeps(details);
                        } else {
                            view = IssueViews.blocked(b, details);
                        }
                        items.add(view);
                        text.append(text.isEmpty() ? "" : "\n")
                                .append(IssueViews.line(b.issue()))
                                .append(" (blocked by ")
                                .append(String.join(", ", IssueViews.ids(b.blockedBy())))
                                .append(')');
                    }
                    return new BeadsTool.Result(
                            Map.of("issues", items), items.isEmpty() ? "No blocked issues." : text.toString());
                });
    }

    /** A list tool's result: brief, projected or minimal views, compacted past the threshold as beads-mcp does. */
    private BeadsTool.Result listResult(WorkspacePorts p, Args a, List<Issue> issues, String noun, String whenEmpty) {
        Integer maxDescription = a.integer("max_description_length");
        boolean brief = a.bool("brief", false);
        List<String> fields = a.strings("fields");
        List<Map<String, Object>> views = new ArrayList<>(issues.size());
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(text.isEmpty() ? "" : "\n").append(IssueViews.line(issue));
            if (brief) {
                views.add(IssueViews.brief(issue));
                continue;
            }
            IssueDetails details = IssueViews.truncated(p.queries().show(issue.id()), maxDescription);
            views.add(fields.isEmpty() ? IssueViews.minimal(details) : IssueViews.project(details, fields));
        }
        if (issues.isEmpty()) {
            return new BeadsTool.Result(Map.of("issues", views), whenEmpty);
        }
        if (!brief && fields.isEmpty() && views.size() > compaction.threshold()) {
            return compaction.compact(views, noun, issues);
        }
        return new BeadsTool.Result(Map.of("issues", views), issues.size() + " " + noun + ":\n" + text);
    }

    private BeadsTool.Result writeResult(WorkspacePorts p, Issue issue, String action, String message, boolean brief) {
        String text = Character.toUpperCase(action.charAt(0)) + action.substring(1) + " " + IssueViews.line(issue);
        return new BeadsTool.Result(item(p, issue.id(), action, message, brief), text);
    }

    /** What a write tool returns for one issue: beads-mcp's minimal OperationResult, or the full issue. */
    private static Map<String, Object> item(
            WorkspacePorts p, IssueId id, String action, String message, boolean brief) {
        return brief
                ? IssueViews.operation(id.value(), action, message)
                : IssueViews.full(p.queries().show(id));
    }

    private static String showText(IssueDetails details) {
        Issue issue = details.issue();
        StringBuilder text = new StringBuilder(IssueViews.line(issue));
        if (!issue.description().isEmpty()) {
            text.append("\n\n").append(issue.description());
        }
        for (IssueDetails.Related r : details.dependsOn()) {
            text.append("\nDepends on (").append(r.type().name()).append("): ").append(IssueViews.line(r.issue()));
        }
        for (IssueDetails.Related r : details.dependents()) {
            text.append("\nDependent (").append(r.type().name()).append("): ").append(IssueViews.line(r.issue()));
        }
        return text.toString();
    }

    /** {@code deps} entries: an id (blocks) or {@code type:id}, as {@code bd create --deps} takes them. */
    private static List<CreateIssue.NewDependency> deps(WorkspacePorts p, List<String> specs) {
        List<CreateIssue.NewDependency> deps = new ArrayList<>(specs.size());
        for (String spec : specs) {
            String s = spec.strip();
            int colon = s.indexOf(':');
            DependencyType type = colon < 0
                    ? DependencyType.BLOCKS
                    : DependencyType.of(s.substring(0, colon).strip());
            String id = colon < 0 ? s : s.substring(colon + 1).strip();
            deps.add(new CreateIssue.NewDependency(type, p.queries().resolve(id)));
        }
        return deps;
    }
}
