package dev.beads.mcp;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * beads-mcp v0.39.1's workspace and discovery tools: {@code context} (its set/show/init, which replaced
 * {@code set_context} and {@code where_am_i}), {@code discover_tools}, {@code get_tool_info} and {@code admin}.
 */
final class ContextTools {
    /** beads-mcp's {@code _TOOL_CATALOG}: names and one-line descriptions. */
    private static final Map<String, String> CATALOG = catalog();

    private final Workspaces workspaces;
    private final String actor;
    private final List<BeadsTool> described;

    /** @param described the tools {@code get_tool_info} describes (this class's own are added) */
    ContextTools(Workspaces workspaces, String actor, List<BeadsTool> described) {
        this.workspaces = workspaces;
        this.actor = actor;
        this.described = described;
    }

    List<BeadsTool> tools() {
        return List.of(discoverTools(), toolInfo(), context(), admin());
    }

    private static Map<String, String> catalog() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("ready", "Find tasks ready to work on (no blockers)");
        c.put("list", "List issues with filters (status, priority, type)");
        c.put("show", "Show full details for a specific issue");
        c.put("create", "Create a new issue (bug, feature, task, epic)");
        c.put("update", "Update issue status, priority, or assignee");
        c.put("close", "Close/complete an issue");
        c.put("reopen", "Reopen closed issues");
        c.put("dep", "Add dependency between issues");
        c.put("stats", "Get issue statistics");
        c.put("blocked", "Show blocked issues and what blocks them");
        c.put("context", "Manage workspace context (set, show, init)");
        c.put("admin", "Administrative/diagnostic operations (debug)");
        c.put("discover_tools", "List available tools (names only)");
        c.put("get_tool_info", "Get detailed info for a specific tool");
        return c;
    }

    private BeadsTool discoverTools() {
        return new BeadsTool(
                "discover_tools",
                "List available beads tools (names and brief descriptions only). Use get_tool_info() for full"
                        + " details.",
                Schema.object().build(),
                false,
                call -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("tools", CATALOG);
                    view.put("count", CATALOG.size());
                    view.put("hint", "Use get_tool_info('tool_name') for full parameters and usage");
                    StringBuilder text = new StringBuilder();
                    for (Map.Entry<String, String> e : CATALOG.entrySet()) {
                        text.append(text.isEmpty() ? "" : "\n")
                                .append(e.getKey())
                                .append(": ")
                                .append(e.getValue());
                    }
                    return new BeadsTool.Result(view, text.toString());
                });
    }

    private BeadsTool toolInfo() {
        return new BeadsTool(
                "get_tool_info",
                "Get detailed information about a specific beads tool including parameters.",
                Schema.object()
                        .requiredString("tool_name", "Name of the tool to get info for (see discover_tools).")
                        .build(),
                false,
                call -> {
                    String name = call.args().required("tool_name");
                    for (BeadsTool tool : allTools()) {
                        if (tool.name().equals(name)) {
                            return info(tool);
                        }
                    }
                    throw new InvalidInputException(
                            "unknown tool: " + name + "; available tools: " + String.join(", ", CATALOG.keySet()));
                });
    }

    private List<BeadsTool> allTools() {
        List<BeadsTool> all = new java.util.ArrayList<>(described);
        all.addAll(tools());
        return all;
    }

    /** A tool's details, from its input schema: {@code {name, description, parameters}}. */
    @SuppressWarnings("unchecked")
    private static BeadsTool.Result info(BeadsTool tool) {
        Map<String, Object> properties =
                (Map<String, Object>) tool.inputSchema().get("properties");
        List<String> required = (List<String>) tool.inputSchema().getOrDefault("required", List.of());
        Map<String, String> parameters = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(tool.name() + ": " + tool.description());
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            Map<String, Object> field = (Map<String, Object>) e.getValue();
            String line = field.get("type")
                    + (required.contains(e.getKey())
                            ? " (required)"
                            : field.containsKey("default") ? " (default " + field.get("default") + ")" : " (optional)")
                    + " - " + field.get("description");
            parameters.put(e.getKey(), line);
            text.append("\n  ").append(e.getKey()).append(": ").append(line);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", tool.name());
        view.put("description", tool.description());
        view.put("parameters", parameters);
        return new BeadsTool.Result(view, text.toString());
    }

    private BeadsTool context() {
        Schema schema = Schema.object()
                .oneOf(
                        "action",
                        "set, show or init; default: set when workspace_root is given, else show.",
                        List.of("set", "show", "init"),
                        null)
                .string("workspace_root", "Workspace path for set/init actions.")
                .string("prefix", "Issue ID prefix for init action (default: the directory's name).");
        return new BeadsTool(
                "context",
                "Manage workspace context for beads operations.\n"
                        + "Actions:\n"
                        + "- set: Set the workspace root directory (default when workspace_root provided)\n"
                        + "- show: Show current workspace context and database path (default when no args)\n"
                        + "- init: Initialize beads in the current workspace directory",
                schema.build(),
                false,
                call -> {
                    Args a = call.args();
                    String root = a.string("workspace_root");
                    String action = a.string("action", root == null ? "show" : "set");
                    return switch (action.toLowerCase(java.util.Locale.ROOT)) {
                        case "set" -> set(root);
                        case "show" -> show(call);
                        case "init" -> init(root, a.string("prefix"));
                        default ->
                            throw new InvalidInputException(
                                    "unknown action '" + action + "': valid actions are set, show, init");
                    };
                });
    }

    private BeadsTool.Result set(String root) {
        if (root == null || root.isBlank()) {
            throw new InvalidInputException("workspace_root is required for the 'set' action");
        }
        Path dir = workspaces.cwd().resolve(root).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new InvalidInputException("workspace_root " + dir + " is not a directory");
        }
        workspaces.setContext(dir);
        Optional<Workspace> found = Workspaces.find(dir);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("workspace_root", dir.toString());
        view.put("database", found.map(w -> w.database().toString()).orElse(null));
        String text = "Context set successfully:\n  Workspace root: " + dir + "\n  Database: "
                + found.map(w -> w.database().toString()).orElse("Not found (run context(action='init') to create)");
        return new BeadsTool.Result(view, text);
    }

    private BeadsTool.Result show(BeadsTool.Call call) {
        Map<String, Object> view = new LinkedHashMap<>();
        Path context = workspaces.context();
        view.put("context_set", context != null);
        view.put("workspace_root", context == null ? null : context.toString());
        view.put("cwd", workspaces.cwd().toString());
        view.put("actor", actor);
        StringBuilder text = new StringBuilder();
        try {
            WorkspacePorts p = call.ports();
            view.put("database", p.workspace().database().toString());
            view.put("jsonl", p.workspace().jsonl().toString());
            view.put("mode", p.mode());
            text.append("Workspace root: ").append(p.workspace().root());
            text.append("\nDatabase: ").append(p.workspace().database());
        } catch (dev.beads.core.error.NotFoundException e) {
            view.put("database", null);
            text.append(
                    context == null
                            ? "Context not set. Use context(action='set', workspace_root='...') first.\n"
                            : "Workspace root: " + context + "\n");
            text.append("Database: NOT FOUND (").append(e.getMessage()).append(')');
        }
        text.append("\nActor: ").append(actor);
        text.append("\nServer working directory: ").append(workspaces.cwd());
        return new BeadsTool.Result(view, text.toString());
    }

    private BeadsTool.Result init(String root, String prefix) {
        Path dir = root != null && !root.isBlank()
                ? workspaces.cwd().resolve(root).toAbsolutePath().normalize()
                : workspaces.context();
        if (dir == null) {
            throw new InvalidInputException("context must be set before init: use context(action='set',"
                    + " workspace_root='/path/to/project') first, or give workspace_root");
        }
        WorkspacePorts p = workspaces.init(dir, prefix);
        workspaces.setContext(dir);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("database", p.workspace().database().toString());
        view.put("workspace_root", dir.toString());
        return new BeadsTool.Result(
                view,
                "Initialized beads in " + dir + "\n  Database: " + p.workspace().database());
    }

    private BeadsTool admin() {
        Schema schema = Schema.object()
                .requiredString(
                        "action",
                        "The operation: debug shows the environment and working directory; validate, repair,"
                                + " schema, migration and pollution are not available in this server yet.")
                .workspaceRoot();
        return new BeadsTool(
                "admin",
                "Administrative and diagnostic operations.\nActions:\n- debug: Show environment and working"
                        + " directory info",
                schema.build(),
                false,
                call -> {
                    String action = call.args().required("action");
                    if (!action.equals("debug")) {
                        throw new InvalidInputException("admin action '" + action
                                + "' is not available in this server (beads-mcp has validate, repair, schema,"
                                + " migration, pollution): use 'debug'");
                    }
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("cwd", workspaces.cwd().toString());
                    for (String name :
                            List.of("PWD", "BEADS_WORKING_DIR", "BEADS_DIR", "BEADS_DB", "BD_ACTOR", "HOME", "USER")) {
                        view.put(name, workspaces.env().getOrDefault(name, "NOT SET"));
                    }
                    StringBuilder text = new StringBuilder("=== Working Directory Debug Info ===");
                    for (Map.Entry<String, Object> e : view.entrySet()) {
                        text.append('\n').append(e.getKey()).append(": ").append(e.getValue());
                    }
                    return new BeadsTool.Result(view, text.toString());
                });
    }
}
