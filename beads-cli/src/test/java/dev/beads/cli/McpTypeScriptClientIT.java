package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's must-show 1: the official MCP TypeScript SDK client ({@code @modelcontextprotocol/sdk} from npm,
 * installed into {@code target/mcp-ts} with the machine's node and npm) drives {@code bd mcp}: initialize,
 * tools/list, create → ready → close → ready, an unknown id, subscribe to {@code beads://ready} and a change.
 * The client script is {@code src/test/mcp-ts/client.mjs}.
 */
class McpTypeScriptClientIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theTypeScriptSdkClient_drivesBdMcp() throws Exception {
        Path client = installClient();
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> env = Launcher.environment(tmp);
        Path bd = Launcher.binDir(tmp).resolve("bd");
        assertThat(run(List.of(bd.toString(), "init", "--prefix", "ts"), ws, env)
                        .exitCode())
                .isZero();

        ProcessRun node = run(List.of("node", client.toString(), bd.toString(), ws.toString()), ws, env);
        assertThat(node.exitCode()).as(node.toString()).isZero();
        JsonNode seen = JSON.readTree(node.stdout());
        assertThat(seen.path("failure").isMissingNode())
                .as(seen.path("failure").asText())
                .isTrue();

        assertThat(seen.get("serverName").asText()).isEqualTo("beads");
        assertThat(seen.get("instructions").asText()).contains("beads://quickstart");
        List<String> names = new ArrayList<>();
        for (JsonNode tool : seen.get("tools")) {
            names.add(tool.get("name").asText());
            assertThat(tool.get("described").asBoolean()).as(tool.toString()).isTrue();
            assertThat(tool.get("schemaType").asText()).isEqualTo("object");
            assertThat(tool.get("undescribed"))
                    .as(tool.get("name") + " fields without a description")
                    .isEmpty();
        }
        assertThat(names)
                .contains(
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

        String id = seen.get("createdId").asText();
        assertThat(id).startsWith("ts-");
        assertThat(seen.get("readyAfterCreate").toString()).isEqualTo("[\"" + id + "\"]");
        assertThat(seen.get("closeResult").get("message").asText()).isEqualTo("Completed");
        assertThat(seen.get("readyAfterClose")).isEmpty();

        ProcessRun show = run(List.of(bd.toString(), "show", "nope-0000"), ws, env);
        assertThat(seen.get("unknown").get("isError").asBoolean()).isTrue();
        assertThat("Error: " + seen.get("unknown").get("text").asText())
                .isEqualTo(show.stderr().strip());

        assertThat(seen.get("updates").toString()).contains("beads://ready");
        assertThat(seen.get("readyResource").toString()).contains("Seen by a subscriber");
        assertThat(seen.get("quickstartStartsWith").asText()).startsWith("# bd");
        assertThat(seen.get("stderr").asText()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** npm installs the SDK once per build directory; the script is copied beside its node_modules. */
    private static Path installClient() throws Exception {
        Path module = Launcher.repoRoot().resolve("beads-cli");
        Path dir = Files.createDirectories(module.resolve("target/mcp-ts"));
        Path sources = module.resolve("src/test/mcp-ts");
        Files.copy(sources.resolve("package.json"), dir.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(sources.resolve("client.mjs"), dir.resolve("client.mjs"), StandardCopyOption.REPLACE_EXISTING);
        if (!Files.isDirectory(dir.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            ProcessRun npm = run(
                    List.of("npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"),
                    dir,
                    System.getenv());
            assertThat(npm.exitCode())
                    .as("npm install of the MCP TypeScript SDK: " + npm)
                    .isZero();
        }
        return dir.resolve("client.mjs");
    }

    private static ProcessRun run(List<String> command, Path dir, Map<String, String> env)
            throws IOException, InterruptedException {
        return ProcessRun.of(command, dir, env, 300);
    }
}
