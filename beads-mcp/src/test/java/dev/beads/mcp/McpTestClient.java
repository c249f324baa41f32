package dev.beads.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server in this process ({@link BeadsMcp#run}) on a pair of pipes, and a client that speaks MCP's JSON-RPC
 * lines to it as an MCP client does: initialize, then requests; notifications are kept for the test.
 */
final class McpTestClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream toServer;
    private final Thread server;
    private final Thread reader;
    private final BlockingQueue<JsonNode> responses = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private int nextId = 1;
    private volatile int exitCode = -1;

    McpTestClient(Path cwd, Map<String, String> env) throws IOException {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        toServer = Channels.newOutputStream(in.sink());
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        server = new Thread(
                () -> exitCode = BeadsMcp.run(
                        new String[0],
                        cwd,
                        env,
                        Channels.newInputStream(in.source()),
                        Channels.newOutputStream(out.sink()),
                        err,
                        "test"),
                "mcp-server");
        server.start();
        BufferedReader lines = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(out.source()), StandardCharsets.UTF_8));
        reader = new Thread(() -> readAll(lines), "mcp-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(BufferedReader lines) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode message = JSON.readTree(line);
                (message.has("id") ? responses : notifications).add(message);
            }
        } catch (IOException e) {
            // The server closed its end.
        }
    }

    /** initialize and notifications/initialized; the server's answer. */
    JsonNode initialize() {
        ObjectNode params = JSON.createObjectNode();
        params.put("protocolVersion", "2025-06-18");
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "test").put("version", "1");
        JsonNode result = request("initialize", params);
        send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized"));
        return result;
    }

    /** A request's result; a JSON-RPC error fails the test with its message. */
    JsonNode request(String method, Object params) {
        JsonNode response = exchange(method, params);
        if (response.has("error")) {
            throw new AssertionError(method + " answered a protocol error: " + response.get("error"));
        }
        return response.get("result");
    }

    /** The whole response (result or error). */
    JsonNode exchange(String method, Object params) {
        int id = nextId++;
        ObjectNode message =
                JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        send(message);
        try {
            JsonNode response = responses.poll(30, TimeUnit.SECONDS);
            if (response == null) {
                throw new AssertionError("no answer to " + method + " within 30 s; server stderr: " + stderr);
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** tools/call: the CallToolResult. */
    JsonNode call(String tool, Map<String, Object> arguments) {
        return request("tools/call", Map.of("name", tool, "arguments", arguments));
    }

    /** The text of a result's first content block. */
    static String text(JsonNode result) {
        return result.get("content").get(0).get("text").asText();
    }

    /** Notifications received so far with this method. */
    List<JsonNode> notified(String method) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : notifications) {
            if (method.equals(n.path("method").asText())) {
                found.add(n);
            }
        }
        return found;
    }

    private void send(JsonNode message) {
        try {
            toServer.write((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int exitCode() {
        return exitCode;
    }

    /** Closes stdin, as a client does at the end; the server must return. */
    @Override
    public void close() throws Exception {
        toServer.close();
        server.join(TimeUnit.SECONDS.toMillis(30));
        if (server.isAlive()) {
            throw new AssertionError("the server did not stop within 30 s of stdin closing");
        }
    }
}
