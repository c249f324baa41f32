package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.FrameReader;
import dev.beads.adapters.rpc.server.Conversation;
import dev.beads.adapters.rpc.server.DaemonFacts;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.ServerControl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go bd's wire format on the same connection as JSON-RPC (Go v0.39.1 {@code internal/rpc/protocol.go},
 * {@code server_routing_validation_diagnostics.go}): golden frames for the operations served so far and for Go's
 * connection rules.
 */
class GoWireTest {
    @TempDir
    Path dir;

    private WireFixture fixture;
    private final AtomicBoolean shutdown = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        fixture = WireFixture.create(dir);
    }

    private List<String> exchange(String... frames) throws IOException {
        ServerControl control = new TestControl(
                new DaemonFacts("/w", dir.resolve("beads.db").toString(), "/w/.beads/bd.sock"),
                () -> {},
                () -> shutdown.set(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Conversation(
                        new Dispatcher(fixture.ports(), fixture.codec(), control),
                        FrameReader.DEFAULT_LIMIT,
                        Duration.ofSeconds(30),
                        null,
                        new ByteArrayInputStream((String.join("\n", frames) + "\n").getBytes(StandardCharsets.UTF_8)),
                        out)
                .run();
        String text = out.toString(StandardCharsets.UTF_8);
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    @Test
    void ping_withNullArgs_answersPongAndTheGoVersion_andTheConnectionServesTheNextLine() throws IOException {
        assertThat(exchange(
                        "{\"operation\":\"ping\",\"args\":null,\"cwd\":\"/w\"}",
                        "{\"operation\":\"ping\",\"args\":{},\"cwd\":\"/w\",\"actor\":\"mcp\"}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .containsExactly(
                        "{\"success\":true,\"data\":{\"message\":\"pong\",\"version\":\"0.39.1\"}}",
                        "{\"success\":true,\"data\":{\"message\":\"pong\",\"version\":\"0.39.1\"}}",
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
    }

    @Test
    void health_isCompatible_withGosPlaceholderClientVersion() throws IOException {
        JsonValue.JObject reply = parse(exchange("{\"operation\":\"health\",\"args\":null,\"client_version\":\"0.0.0\","
                        + "\"expected_db\":\"/elsewhere/beads.db\"}")
                .get(0));
        assertThat(reply.get("success")).isEqualTo(JsonValue.TRUE);
        JsonValue.JObject data = (JsonValue.JObject) reply.get("data");
        assertThat(data.fields().keySet())
                .containsExactly(
                        "status",
                        "version",
                        "client_version",
                        "compatible",
                        "uptime_seconds",
                        "db_response_ms",
                        "active_connections",
                        "max_connections",
                        "memory_alloc_mb");
        assertThat(data.get("status")).isEqualTo(JsonValue.of("healthy"));
        assertThat(data.get("version")).isEqualTo(JsonValue.of("0.39.1"));
        assertThat(data.get("compatible")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void aNewerClient_isIncompatible_inHealth_andRefusedOtherwise() throws IOException {
        List<String> replies = exchange(
                "{\"operation\":\"health\",\"args\":null,\"client_version\":\"1.2.0\"}",
                "{\"operation\":\"status\",\"args\":null,\"client_version\":\"1.2.0\"}",
                "{\"operation\":\"status\",\"args\":null,\"client_version\":\"0.40.0\"}");
        assertThat(((JsonValue.JObject) parse(replies.get(0)).get("data")).get("compatible"))
                .isEqualTo(JsonValue.FALSE);
        assertThat(replies.get(1))
                .isEqualTo("{\"success\":false,\"error\":\"incompatible major versions: client 1.2.0, daemon 0.39.1."
                        + " Daemon is older; upgrade and restart daemon: 'bd daemon --stop && bd daemon'\"}");
        assertThat(replies.get(2))
                .isEqualTo("{\"success\":false,\"error\":\"version mismatch: client v0.40.0 requires daemon upgrade"
                        + " (daemon is v0.39.1). The client may expect schema changes not present in this daemon"
                        + " version. Run: bd daemons killall\"}");
    }

    @Test
    void aWrongExpectedDb_isRefused_asGoRefusesIt() throws IOException {
        assertThat(exchange("{\"operation\":\"status\",\"args\":null,\"expected_db\":\"/other/.beads/beads.db\"}"))
                .containsExactly("{\"success\":false,\"error\":\"database mismatch: client expects"
                        + " /other/.beads/beads.db but daemon serves " + dir.resolve("beads.db")
                        + ". Wrong daemon connection - check socket path\"}");
    }

    @Test
    void status_namesTheWorkspace_inGosShape() throws IOException {
        JsonValue.JObject data = (JsonValue.JObject) parse(exchange("{\"operation\":\"status\",\"args\":null,"
                                + "\"expected_db\":\"" + dir.resolve("beads.db") + "\"}")
                        .get(0))
                .get("data");
        assertThat(data.fields().keySet())
                .containsExactly(
                        "version",
                        "workspace_path",
                        "database_path",
                        "socket_path",
                        "pid",
                        "uptime_seconds",
                        "last_activity_time",
                        "exclusive_lock_active",
                        "auto_commit",
                        "auto_push",
                        "auto_pull",
                        "local_mode",
                        "sync_interval",
                        "daemon_mode");
        assertThat(data.get("workspace_path")).isEqualTo(JsonValue.of("/w"));
        assertThat(data.get("pid"))
                .isEqualTo(JsonValue.of(ProcessHandle.current().pid()));
    }

    @Test
    void shutdown_answersGosMessage_andAsksTheDaemonToStop() throws IOException {
        assertThat(exchange("{\"operation\":\"shutdown\",\"args\":null}"))
                .containsExactly("{\"success\":true,\"data\":{\"message\":\"Daemon shutting down\"}}");
        assertThat(shutdown).isTrue();
    }

    @Test
    void unknownOperations_andGosOnesThisBuildLacks_failInGosShape() throws IOException {
        List<String> replies =
                exchange("{\"operation\":\"frobnicate\",\"args\":null}", "{\"operation\":\"compact\",\"args\":{}}");
        assertThat(replies.get(0)).isEqualTo("{\"success\":false,\"error\":\"unknown operation: frobnicate\"}");
        assertThat(replies.get(1))
                .isEqualTo("{\"success\":false,\"error\":\"operation compact is not served by this daemon"
                        + " (beads-jvm): run bd with --no-daemon\"}");
    }

    @Test
    void issueOperations_answerTheirDataCompact_andArgsMayBeNull() throws IOException {
        List<String> replies = exchange(
                "{\"operation\":\"list\",\"args\":null}",
                "{\"operation\":\"count\"}",
                "{\"operation\":\"create\",\"args\":{\"title\":\"a < b\",\"id\":\"bd-go1\",\"priority\":1}}",
                "{\"operation\":\"resolve_id\",\"args\":{\"id\":\"go1\"}}",
                "{\"operation\":\"show\",\"args\":{\"id\":[]}}");
        assertThat(replies.get(0)).isEqualTo("{\"success\":true,\"data\":[]}");
        assertThat(replies.get(1)).isEqualTo("{\"success\":true,\"data\":{\"count\":0}}");
        assertThat(replies.get(2))
                .startsWith("{\"success\":true,\"data\":{\"id\":\"bd-go1\",\"title\":\"a \\u003c b\","
                        + "\"status\":\"open\",\"priority\":1,\"issue_type\":\"task\",\"created_at\":");
        assertThat(replies.get(3)).isEqualTo("{\"success\":true,\"data\":\"bd-go1\"}");
        assertThat(replies.get(4))
                .isEqualTo(
                        "{\"success\":false,\"error\":\"invalid show args: \\\"id\\\" must be a string, got array\"}");
    }

    private static JsonValue.JObject parse(String frame) {
        return (JsonValue.JObject) Json.parse(frame);
    }
}
