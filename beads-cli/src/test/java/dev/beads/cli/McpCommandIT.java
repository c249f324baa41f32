package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd mcp} as a client starts it: the built {@code bin/bd} in a real process, MCP's JSON-RPC lines on its stdin
 * and stdout, the server loaded from {@code target/mcp-lib}. stdout carries nothing but protocol; the server stops
 * when stdin closes.
 */
class McpCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void bdMcp_servesTheToolsOnStdio_andStopsWhenStdinCloses() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> env = Launcher.environment(tmp);
        Path bd = Launcher.binDir(tmp).resolve("bd");
        ProcessBuilder init = new ProcessBuilder(bd.toString(), "init", "--prefix", "mcp").directory(ws.toFile());
        init.environment().clear();
        init.environment().putAll(env);
        assertThat(init.redirectErrorStream(true).start().waitFor()).isZero();

        ProcessBuilder pb = new ProcessBuilder(bd.toString(), "mcp").directory(ws.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        Process server = pb.start();
        String toolError;
        try {
            OutputStream stdin = server.getOutputStream();
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            send(
                    stdin,
                    Map.of(
                            "jsonrpc",
                            "2.0",
                            "id",
                            1,
                            "method",
                            "initialize",
                            "params",
                            Map.of(
                                    "protocolVersion", "2025-06-18",
                                    "capabilities", Map.of(),
                                    "clientInfo", Map.of("name", "it", "version", "1"))));
            JsonNode initialized = JSON.readTree(stdout.readLine());
            assertThat(initialized.get("result").get("serverInfo").get("name").asText())
                    .isEqualTo("beads");
            send(stdin, Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
            JsonNode created = callTool(stdin, stdout, 2, "create", Map.of("title", "From an agent"));
            String id = created.get("result").get("structuredContent").get("id").asText();
            assertThat(id).startsWith("mcp-");
            JsonNode unknown = callTool(stdin, stdout, 3, "show", Map.of("issue_id", "mcp-nope"));
            assertThat(unknown.get("result").get("isError").asBoolean()).isTrue();
            toolError = unknown.get("result").get("content").get(0).get("text").asText();

            stdin.close();
            assertThat(server.waitFor(30, TimeUnit.SECONDS))
                    .as("stops when stdin closes")
                    .isTrue();
            assertThat(server.exitValue()).isZero();
            assertThat(stdout.readLine()).as("nothing but protocol on stdout").isNull();
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        String stderr = Files.readString(tmp.resolve("stderr.txt"));
        assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception");
        // The change is in the JSONL another bd (or git) reads, and bd's own message for the unknown id matches.
        assertThat(Files.readString(ws.resolve(".beads/issues.jsonl"))).contains("From an agent");
        ProcessBuilder show = new ProcessBuilder(bd.toString(), "show", "mcp-nope").directory(ws.toFile());
        show.environment().clear();
        show.environment().putAll(env);
        Process cli = show.start();
        String cliError = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(cliError).isEqualTo("Error: " + toolError);
    }

    private static JsonNode callTool(
            OutputStream stdin, BufferedReader stdout, int id, String tool, Map<String, Object> arguments)
            throws Exception {
        send(
                stdin,
                Map.of(
                        "jsonrpc",
                        "2.0",
                        "id",
                        id,
                        "method",
                        "tools/call",
                        "params",
                        Map.of("name", tool, "arguments", arguments)));
        return JSON.readTree(stdout.readLine());
    }

    private static void send(OutputStream stdin, Object message) throws Exception {
        stdin.write((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }
}
