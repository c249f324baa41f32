package dev.beads.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.ChangeEvent;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources: beads-mcp's {@code beads://quickstart}, and beyond it {@code beads://ready}, {@code beads://stats}
 * and the template {@code beads://issue/{id}}, which a client may subscribe to. The server listens to the change
 * feed of every workspace it opens and sends {@code notifications/resources/updated} for what a change touches (the
 * SDK sends it only to sessions subscribed to that URI). In-process the feed carries this server's own changes; a
 * daemon's carries every process's.
 */
final class LiveResources {
    static final String QUICKSTART = "beads://quickstart";
    static final String READY = "beads://ready";
    static final String STATS = "beads://stats";
    static final String ISSUE_PREFIX = "beads://issue/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspaces workspaces;
    private final McpServerFactory.Roots roots;
    private volatile McpSyncServer server;

    LiveResources(Workspaces workspaces, McpServerFactory.Roots roots) {
        this.workspaces = workspaces;
        this.roots = roots;
        workspaces.onOpen(ports -> ports.changes().subscribe(this::changed));
    }

    /** Sends updates through {@code built} from now on. */
    void notifyThrough(McpSyncServer built) {
        this.server = built;
    }

    List<McpServerFeatures.SyncResourceSpecification> resources() {
        List<McpServerFeatures.SyncResourceSpecification> list = new ArrayList<>();
        list.add(new McpServerFeatures.SyncResourceSpecification(
                resource(
                        QUICKSTART,
                        "Beads Quickstart Guide",
                        "Read this first to understand how to use beads (bd).",
                        "text/markdown"),
                (exchange, request) -> text(QUICKSTART, "text/markdown", quickstart())));
        list.add(new McpServerFeatures.SyncResourceSpecification(
                resource(
                        READY,
                        "Ready work",
                        "Issues ready to be worked on (open, no blockers), as the ready tool"
                                + " returns them with its defaults; subscribe to hear when it changes.",
                        "application/json"),
                (exchange, request) -> json(READY, readyView(exchange))));
        list.add(new McpServerFeatures.SyncResourceSpecification(
                resource(
                        STATS,
                        "Statistics",
                        "Issue counts and average lead time, as the stats tool returns them;"
                                + " subscribe to hear when they change.",
                        "application/json"),
                (exchange, request) ->
                        json(STATS, IssueViews.stats(ports(exchange).queries().stats()))));
        return list;
    }

    List<McpServerFeatures.SyncResourceTemplateSpecification> templates() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder()
                .uriTemplate(ISSUE_PREFIX + "{id}")
                .name("Issue")
                .description("One issue with its dependencies and dependents, as the show tool returns it;"
                        + " subscribe to hear when it changes.")
                .mimeType("application/json")
                .build();
        return List.of(new McpServerFeatures.SyncResourceTemplateSpecification(template, (exchange, request) -> {
            String id = request.uri().substring(ISSUE_PREFIX.length());
            WorkspacePorts p = ports(exchange);
            try {
                return json(
                        request.uri(),
                        IssueViews.full(p.queries().show(p.queries().resolve(id))));
            } catch (BeadsException e) {
                throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(
                        McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, e.getMessage(), null));
            }
        }));
    }

    private Map<String, Object> readyView(McpSyncServerExchange exchange) {
        WorkspacePorts p = ports(exchange);
        List<Object> issues = new ArrayList<>();
        for (var issue : p.queries().ready(WorkFilter.ALL.withLimit(10))) {
            issues.add(IssueViews.minimal(p.queries().show(issue.id())));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("issues", issues);
        return view;
    }

    private WorkspacePorts ports(McpSyncServerExchange exchange) {
        try {
            WorkspacePorts p = workspaces.resolve(null, () -> roots.get(exchange));
            p.beforeRead();
            return p;
        } catch (BeadsException e) {
            throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(
                    McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, e.getMessage(), null));
        }
    }

    /** A committed change: ready work, the counts and the issue itself may now read differently. */
    private void changed(ChangeEvent event) {
        McpSyncServer to = server;
        if (to == null) {
            return;
        }
        List<String> uris = new ArrayList<>(List.of(READY, STATS));
        if (event instanceof ChangeEvent.IssueChanged changed) {
            uris.add(ISSUE_PREFIX + changed.id().value());
        }
        for (String uri : uris) {
            try {
                to.notifyResourcesUpdated(new McpSchema.ResourcesUpdatedNotification(uri));
            } catch (RuntimeException e) {
                // A client gone away: the next read tells it the news.
            }
        }
    }

    private static McpSchema.Resource resource(String uri, String name, String description, String mimeType) {
        return McpSchema.Resource.builder()
                .uri(uri)
                .name(name)
                .description(description)
                .mimeType(mimeType)
                .build();
    }

    private static McpSchema.ReadResourceResult text(String uri, String mimeType, String text) {
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, mimeType, text)));
    }

    private static McpSchema.ReadResourceResult json(String uri, Object view) {
        try {
            return text(uri, "application/json", JSON.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("cannot write " + uri + ": " + e.getOriginalMessage());
        }
    }

    static String quickstart() {
        try (InputStream in = LiveResources.class.getResourceAsStream("quickstart.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
