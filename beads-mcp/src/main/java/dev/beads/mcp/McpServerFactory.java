package dev.beads.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.core.error.BeadsException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the MCP server: beads-mcp's name, instructions, tools and {@code beads://quickstart}, plus the live
 * resources, on the official SDK. A tool that fails with a beads error answers with an MCP tool error
 * ({@code isError}) whose text is the one line {@code bd} prints after "Error: ", never a protocol error.
 */
final class McpServerFactory {
    /** beads-mcp v0.39.1's server instructions, word for word. */
    static final String INSTRUCTIONS = """
            We track work in Beads (bd) instead of Markdown.
            Check the resource beads://quickstart to see how.

            CONTEXT OPTIMIZATION: Use discover_tools() to see available tools (names only),
            then get_tool_info(tool_name) for specific tool details. This saves context.

            IMPORTANT: Call context(workspace_root='...') to set your workspace before any write operations.
            """;

    private McpServerFactory() {}

    /** The Jackson 2 mapper the SDK writes and reads frames with. */
    static McpJsonMapper mapper() {
        return new JacksonMcpJsonMapper(new ObjectMapper());
    }

    /** A server on {@code transport} over {@code workspaces}; the caller closes both. */
    static McpSyncServer create(
            McpServerTransportProvider transport, Workspaces workspaces, String version, String actor) {
        McpJsonMapper mapper = mapper();
        Roots roots = new Roots();
        IssueTools issueTools = new IssueTools(Compaction.fromEnv(workspaces.env()), actor);
        List<BeadsTool> tools = new ArrayList<>(issueTools.tools());
        tools.addAll(new ContextTools(workspaces, actor, issueTools.tools()).tools());
        List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
        for (BeadsTool tool : tools) {
            specs.add(spec(tool, workspaces, roots));
        }
        LiveResources live = new LiveResources(workspaces, roots);
        McpSyncServer server = McpServer.sync(transport)
                .serverInfo("beads", version)
                .instructions(INSTRUCTIONS)
                .jsonMapper(mapper)
                .requestTimeout(Duration.ofSeconds(30))
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(true, false)
                        .build())
                .tools(specs)
                .resources(live.resources())
                .resourceTemplates(live.templates())
                .rootsChangeHandler((exchange, changed) -> roots.set(changed))
                .build();
        live.notifyThrough(server);
        return server;
    }

    private static McpServerFeatures.SyncToolSpecification spec(BeadsTool tool, Workspaces workspaces, Roots roots) {
        McpSchema.Tool described = McpSchema.Tool.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(tool.inputSchema())
                .build();
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(described)
                .callHandler((exchange, request) -> call(tool, workspaces, roots, exchange, request.arguments()))
                .build();
    }

    /** Runs one call; a beads failure becomes a tool error with the CLI's message. */
    static McpSchema.CallToolResult call(
            BeadsTool tool,
            Workspaces workspaces,
            Roots roots,
            McpSyncServerExchange exchange,
            Map<String, Object> arguments) {
        Args args = new Args(arguments);
        ToolCall call = new ToolCall(args, workspaces, () -> roots.get(exchange));
        try {
            BeadsTool.Result result = tool.handler().call(call);
            if (tool.writes()) {
                call.ports().afterWrite();
            }
            return McpSchema.CallToolResult.builder()
                    .structuredContent(result.structured())
                    .addTextContent(result.text())
                    .build();
        } catch (BeadsException e) {
            return error(e.getMessage());
        } catch (RuntimeException e) {
            // Not a failure a user can cause: said in one line, without a stack trace on the protocol channel.
            return error("internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder()
                .isError(true)
                .addTextContent(message)
                .build();
    }

    /** One call's arguments and its workspace, resolved on first use (refreshed from the JSONL before a read). */
    private static final class ToolCall implements BeadsTool.Call {
        private final Args args;
        private final Workspaces workspaces;
        private final Workspaces.RootsSupplier roots;
        private WorkspacePorts ports;

        ToolCall(Args args, Workspaces workspaces, Workspaces.RootsSupplier roots) {
            this.args = args;
            this.workspaces = workspaces;
            this.roots = roots;
        }

        @Override
        public Args args() {
            return args;
        }

        @Override
        public WorkspacePorts ports() {
            if (ports == null) {
                ports = workspaces.resolve(args.string("workspace_root"), roots);
                ports.beforeRead();
            }
            return ports;
        }
    }

    /**
     * The client's roots as local directories: asked for once (when the client offers roots) and again after
     * {@code notifications/roots/list_changed}.
     */
    static final class Roots {
        private volatile List<Path> known;

        void set(List<McpSchema.Root> roots) {
            known = paths(roots);
        }

        List<Path> get(McpSyncServerExchange exchange) {
            List<Path> now = known;
            if (now != null) {
                return now;
            }
            McpSchema.ClientCapabilities caps = exchange == null ? null : exchange.getClientCapabilities();
            if (caps == null || caps.roots() == null) {
                known = List.of();
                return known;
            }
            try {
                known = paths(exchange.listRoots().roots());
            } catch (RuntimeException e) {
                // A client that declares roots but cannot list them: go on with the working directory.
                known = List.of();
            }
            return known;
        }

        private static List<Path> paths(List<McpSchema.Root> roots) {
            List<Path> paths = new ArrayList<>();
            for (McpSchema.Root root : roots == null ? List.<McpSchema.Root>of() : roots) {
                try {
                    URI uri = URI.create(root.uri());
                    if ("file".equals(uri.getScheme())) {
                        Path path = Path.of(uri);
                        if (Files.isDirectory(path)) {
                            paths.add(path);
                        }
                    }
                } catch (RuntimeException e) {
                    // Not a local directory: not a place a workspace can be.
                }
            }
            return List.copyOf(paths);
        }
    }
}
