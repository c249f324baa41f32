package dev.beads.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beads.core.error.BeadsException;
import dev.beads.runtime.Beads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every tool and resource through the MCP protocol, the server in this process on a real workspace. */
class McpServerTest {
    @TempDir
    Path dir;

    private Path project;
    private McpTestClient client;

    @BeforeEach
    void start() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        Beads.init(project, "demo").close();
        client = new McpTestClient(project, Map.of("BD_ACTOR", "tester"));
        client.initialize();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        assertThat(client.exitCode()).isZero();
    }

    private JsonNode call(String tool, Object... keyValues) {
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return client.call(tool, args);
    }

    private String create(String title, Object... more) {
        List<Object> args = new ArrayList<>(List.of("title", title));
        args.addAll(List.of(more));
        JsonNode result = call("create", args.toArray());
        assertThat(result.path("isError").asBoolean()).as(result.toString()).isFalse();
        return result.get("structuredContent").get("id").asText();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        for (JsonNode issue : result.get("structuredContent").get("issues")) {
            ids.add(issue.get("id").asText());
        }
        return ids;
    }

    @Test
    void initializeAnswersWithBeadsMcpsNameAndInstructions() {
        JsonNode result = client.initialize();
        assertThat(result.get("serverInfo").get("name").asText()).isEqualTo("beads");
        assertThat(result.get("instructions").asText())
                .contains("We track work in Beads (bd) instead of Markdown.")
                .contains("beads://quickstart");
        assertThat(result.get("capabilities").get("resources").get("subscribe").asBoolean())
                .isTrue();
    }

    @Test
    void listsBeadsMcpsToolsEachFieldDescribed() {
        JsonNode tools = client.request("tools/list", Map.of()).get("tools");
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode tool : tools) {
            byName.put(tool.get("name").asText(), tool);
            assertThat(tool.get("description").asText()).isNotBlank();
            for (var field : tool.get("inputSchema").get("properties").properties()) {
                assertThat(field.getValue().path("description").asText())
                        .as(tool.get("name").asText() + "." + field.getKey())
                        .isNotBlank();
            }
        }
        assertThat(byName)
                .containsOnlyKeys(
                        "ready",
                        "list",
                        "show",
                        "create",
                        "update",
                        "close",
                        "reopen",
                        "dep",
                        "stats",
                        "blocked",
                        "context",
                        "admin",
                        "discover_tools",
                        "get_tool_info");
        JsonNode ready = byName.get("ready").get("inputSchema").get("properties");
        assertThat(ready.get("limit").get("default").asInt()).isEqualTo(10);
        assertThat(byName.get("close")
                        .get("inputSchema")
                        .get("properties")
                        .get("reason")
                        .get("default")
                        .asText())
                .isEqualTo("Completed");
        assertThat(byName.get("list")
                        .get("inputSchema")
                        .get("properties")
                        .get("limit")
                        .get("default")
                        .asInt())
                .isEqualTo(20);
        assertThat(byName.get("create")
                        .get("inputSchema")
                        .get("required")
                        .get(0)
                        .asText())
                .isEqualTo("title");
        for (String name : List.of(
                "ready", "list", "show", "create", "update", "close", "reopen", "dep", "stats", "blocked", "admin")) {
            assertThat(byName.get(name).get("inputSchema").get("properties").has("workspace_root"))
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void createReadyCloseReady() throws Exception {
        String id = create("Write the README", "priority", 1, "issue_type", "feature", "labels", List.of("docs"));
        assertThat(id).startsWith("demo-");
        JsonNode ready = call("ready");
        assertThat(ids(ready)).containsExactly(id);
        JsonNode first = ready.get("structuredContent").get("issues").get(0);
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("issue_type").asText()).isEqualTo("feature");
        assertThat(first.get("labels").get(0).asText()).isEqualTo("docs");
        assertThat(McpTestClient.text(ready)).contains(id).contains("Write the README");

        JsonNode closed = call("close", "issue_id", id);
        JsonNode op = closed.get("structuredContent").get("issues").get(0);
        assertThat(op.get("action").asText()).isEqualTo("closed");
        assertThat(op.get("message").asText()).isEqualTo("Completed");
        assertThat(ids(call("ready"))).isEmpty();
        // The JSONL is written after each change, as bd does without a daemon.
        assertThat(Files.readString(project.resolve(".beads/issues.jsonl")))
                .contains(id)
                .contains("\"close_reason\":\"Completed\"");
    }

    @Test
    void anUnknownIdIsAToolErrorWithTheCoresMessage() {
        String expected;
        try (Beads beads = Beads.open(project)) {
            beads.queries().resolve("nope");
            throw new AssertionError("resolve should fail");
        } catch (BeadsException e) {
            expected = e.getMessage();
        }
        for (String tool : List.of("show", "close", "update")) {
            JsonNode result = call(tool, "issue_id", "nope");
            assertThat(result.get("isError").asBoolean()).as(tool).isTrue();
            assertThat(McpTestClient.text(result)).isEqualTo(expected).doesNotContain("Exception");
        }
    }

    @Test
    void badArgumentsAreToolErrorsThatSayWhatIsWrong() {
        JsonNode result = call("ready", "limit", 500);
        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(result)).contains("limit").contains("100");
        JsonNode noTitle = call("create", "title", " ");
        assertThat(noTitle.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(noTitle)).contains("title");
    }

    @Test
    void showInItsViews() {
        String blocker = create("Design the schema", "description", "x".repeat(50));
        String api = create("Build the API", "deps", List.of(blocker));
        JsonNode full = call("show", "issue_id", api).get("structuredContent");
        assertThat(full.get("dependencies").get(0).get("id").asText()).isEqualTo(blocker);
        assertThat(full.get("dependencies").get(0).get("dependency_type").asText())
                .isEqualTo("blocks");
        assertThat(full.get("dependency_count").asInt()).isEqualTo(1);
        JsonNode brief = call("show", "issue_id", api, "brief", true).get("structuredContent");
        assertThat(brief.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id", "title", "status", "priority");
        JsonNode fields = call("show", "issue_id", blocker, "fields", List.of("id", "dependents"));
        assertThat(fields.get("structuredContent")
                        .get("dependents")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(api);
        JsonNode cut = call("show", "issue_id", blocker, "max_description_length", 10);
        assertThat(cut.get("structuredContent").get("description").asText()).isEqualTo("xxxxxxxxxx...");
        JsonNode badField = call("show", "issue_id", api, "fields", List.of("colour"));
        assertThat(badField.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(badField)).contains("colour");
    }

    @Test
    void updateClaimsAndClosesViaUpdate() {
        String id = create("Fix login");
        JsonNode updated = call("update", "issue_id", id, "status", "in_progress", "assignee", "bob");
        assertThat(updated.get("structuredContent").get("action").asText()).isEqualTo("updated");
        JsonNode full = call("show", "issue_id", id).get("structuredContent");
        assertThat(full.get("status").asText()).isEqualTo("in_progress");
        assertThat(full.get("assignee").asText()).isEqualTo("bob");
        JsonNode closed = call("update", "issue_id", id, "status", "closed", "brief", false);
        assertThat(closed.get("structuredContent").get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("structuredContent").get("id").asText()).isEqualTo(id);
        JsonNode reopened = call("reopen", "issue_ids", List.of(id), "reason", "not done");
        assertThat(reopened.get("structuredContent")
                        .get("issues")
                        .get(0)
                        .get("action")
                        .asText())
                .isEqualTo("reopened");
        assertThat(call("show", "issue_id", id)
                        .get("structuredContent")
                        .get("status")
                        .asText())
                .isEqualTo("open");
    }

    @Test
    void depBlockedAndStats() {
        String schema = create("Design the schema");
        String api = create("Build the API");
        JsonNode dep = call("dep", "issue_id", api, "depends_on_id", schema);
        assertThat(McpTestClient.text(dep)).contains(api).contains(schema);
        JsonNode blocked = call("blocked");
        assertThat(ids(blocked)).containsExactly(api);
        JsonNode first = blocked.get("structuredContent").get("issues").get(0);
        assertThat(first.get("blocked_by").get(0).asText()).isEqualTo(schema);
        assertThat(first.get("blocked_by_count").asInt()).isEqualTo(1);
        assertThat(ids(call("ready"))).containsExactly(schema);
        JsonNode stats = call("stats").get("structuredContent");
        assertThat(stats.get("total_issues").asInt()).isEqualTo(2);
        assertThat(stats.get("blocked_issues").asInt()).isEqualTo(1);
        assertThat(stats.get("ready_issues").asInt()).isEqualTo(1);
        JsonNode cycle = call("dep", "issue_id", schema, "depends_on_id", api);
        assertThat(cycle.get("isError").asBoolean()).isTrue();
    }

    @Test
    void listFiltersAndCompacts() throws Exception {
        create("Alpha bug", "issue_type", "bug", "priority", 0);
        create("Beta task");
        create("Gamma task");
        assertThat(ids(call("list"))).hasSize(3);
        assertThat(ids(call("list", "issue_type", "bug"))).hasSize(1);
        assertThat(ids(call("list", "query", "beta"))).hasSize(1);
        assertThat(ids(call("list", "priority", 0))).hasSize(1);
        assertThat(ids(call("list", "limit", 2))).hasSize(2);
        client.close();
        client = new McpTestClient(
                project, Map.of("BEADS_MCP_COMPACTION_THRESHOLD", "2", "BEADS_MCP_PREVIEW_COUNT", "1"));
        client.initialize();
        JsonNode compacted = call("list").get("structuredContent");
        assertThat(compacted.get("compacted").asBoolean()).isTrue();
        assertThat(compacted.get("total_count").asInt()).isEqualTo(3);
        assertThat(compacted.get("preview")).hasSize(1);
    }

    @Test
    void contextSetsShowsAndInitsAnotherWorkspace() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        JsonNode set = call("context", "workspace_root", other.toString());
        assertThat(McpTestClient.text(set)).contains("Not found");
        JsonNode noWorkspace = call("ready");
        assertThat(noWorkspace.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(noWorkspace)).contains("no beads workspace found in " + other);
        JsonNode init = call("context", "action", "init", "prefix", "oth");
        assertThat(init.path("isError").asBoolean()).as(init.toString()).isFalse();
        String inOther = create("Other work");
        assertThat(inOther).startsWith("oth-");
        // Several workspaces in one server: workspace_root picks one per call.
        String inProject = create("Project work", "workspace_root", project.toString());
        assertThat(inProject).startsWith("demo-");
        assertThat(ids(call("ready"))).containsExactly(inOther);
        assertThat(ids(call("ready", "workspace_root", project.resolve(".beads").toString())))
                .containsExactly(inProject);
        JsonNode show = call("context");
        assertThat(McpTestClient.text(show))
                .contains(other.resolve(".beads").toString())
                .contains("tester");
    }

    @Test
    void discoveryAndAdmin() {
        JsonNode catalog = call("discover_tools").get("structuredContent");
        assertThat(catalog.get("count").asInt()).isEqualTo(14);
        JsonNode info = call("get_tool_info", "tool_name", "ready").get("structuredContent");
        assertThat(info.get("parameters").get("limit").asText()).contains("default 10");
        JsonNode unknown = call("get_tool_info", "tool_name", "fly");
        assertThat(unknown.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(call("admin", "action", "debug"))).contains("Working Directory");
        JsonNode validate = call("admin", "action", "validate");
        assertThat(validate.get("isError").asBoolean()).isTrue();
        assertThat(McpTestClient.text(validate)).contains("not available");
    }

    @Test
    void resourcesAndUpdatesForSubscribers() throws Exception {
        JsonNode quickstart = client.request("resources/read", Map.of("uri", "beads://quickstart"));
        assertThat(quickstart.get("contents").get(0).get("text").asText()).contains("ready()");
        String id = create("Live");
        JsonNode issue = client.request("resources/read", Map.of("uri", "beads://issue/" + id));
        assertThat(issue.get("contents").get(0).get("text").asText()).contains("\"title\":\"Live\"");
        JsonNode ready = client.request("resources/read", Map.of("uri", "beads://ready"));
        assertThat(ready.get("contents").get(0).get("text").asText()).contains(id);
        assertThat(client.notified("notifications/resources/updated")).isEmpty();

        client.request("resources/subscribe", Map.of("uri", "beads://ready"));
        call("close", "issue_id", id);
        JsonNode update = client.notifications.poll(10, TimeUnit.SECONDS);
        assertThat(update).isNotNull();
        assertThat(update.get("method").asText()).isEqualTo("notifications/resources/updated");
        assertThat(update.get("params").get("uri").asText()).isEqualTo("beads://ready");
        // Not subscribed to stats or the issue: nothing about them (the SDK sends only what was subscribed to).
        JsonNode more = client.notifications.poll(300, TimeUnit.MILLISECONDS);
        assertThat(more).as("a notification for a resource not subscribed to").isNull();
    }
}
