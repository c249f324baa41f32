package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.Conversation;
import dev.beads.core.model.IssueFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden wire tests (STYLE 20, issue 9 must-show 2): frames in, frames out, over streams, for the cases of the
 * JSON-RPC 2.0 specification (https://www.jsonrpc.org/specification, section 7 "Examples"). Each exchange ends
 * with a ping, so a test sees exactly which frames were answered.
 */
class JsonRpcWireTest {
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"end\"}";
    private static final String PONG = "{\"jsonrpc\":\"2.0\",\"id\":\"end\",\"result\":\"pong\"}";

    @TempDir
    Path dir;

    private WireFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = WireFixture.create(dir);
    }

    private List<String> exchange(int frameLimit, String... frames) throws IOException {
        String input = String.join("\n", frames) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Conversation(
                        fixture.dispatcher(),
                        frameLimit,
                        Duration.ofSeconds(30),
                        null,
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        out)
                .run();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private List<String> exchange(String... frames) throws IOException {
        String[] withPing = Arrays.copyOf(frames, frames.length + 1);
        withPing[frames.length] = PING;
        List<String> replies = exchange(16 * 1024 * 1024, withPing);
        assertThat(replies.get(replies.size() - 1)).isEqualTo(PONG);
        return replies.subList(0, replies.size() - 1);
    }

    @Test
    void ping_answersPong_withTheRequestsId() throws IOException {
        assertThat(exchange("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
    }

    @Test
    void namedParams_reachTheMethod() throws IOException {
        List<String> replies = exchange(
                "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"x\",\"id\":\"bd-a1b2\"},\"actor\":\"alice\"},\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"resolve_id\",\"params\":{\"id\":\"a1b2\"},\"id\":2}");
        assertThat(replies.get(0))
                .startsWith(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"issue_id\":\"bd-a1b2\",\"issue\":{\"id\":\"bd-a1b2\",\"title\":\"x\"");
        assertThat(replies.get(1)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\"bd-a1b2\"}");
    }

    @Test
    void notification_isRun_butNotAnswered() throws IOException {
        assertThat(
                        exchange(
                                "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"quiet\"}}}"))
                .isEmpty();
        assertThat(fixture.ports().queries().list(IssueFilter.ALL))
                .extracting(i -> i.title())
                .containsExactly("quiet");
    }

    @Test
    void failingNotification_isNotAnsweredEither() throws IOException {
        assertThat(exchange(
                        "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":{\"id\":\"bd-none\"}}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"no_such_method\"}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":[1]}"))
                .isEmpty();
    }

    @Test
    void invalidJson_isAParseError_withIdNull() throws IOException {
        List<String> replies = exchange("{\"jsonrpc\":\"2.0\",\"method\":\"foobar,\"params\":\"bar\",\"baz]");
        assertError(replies.get(0), JsonValue.NULL, -32700, "Parse error: ");
    }

    @Test
    void textAfterTheValue_isAParseError() throws IOException {
        assertError(
                exchange("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1} x").get(0),
                JsonValue.NULL,
                -32700,
                "Parse error: ");
    }

    @Test
    void invalidRequest_isAnswered32600_withIdNull() throws IOException {
        List<String> replies = exchange(
                "{\"jsonrpc\":\"2.0\",\"method\":1,\"params\":\"bar\"}",
                "{\"jsonrpc\":\"1.0\",\"method\":\"ping\",\"id\":7}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":{}}",
                "\"just a string\"");
        assertThat(replies).hasSize(4);
        assertError(replies.get(0), JsonValue.NULL, -32600, "Invalid Request: ");
        assertError(replies.get(1), new JsonValue.JNumber("7"), -32600, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
        assertError(replies.get(2), JsonValue.NULL, -32600, "Invalid Request: id must be");
        assertError(replies.get(3), JsonValue.NULL, -32600, "Invalid Request: ");
    }

    @Test
    void unknownMethod_is32601() throws IOException {
        assertThat(exchange("{\"jsonrpc\":\"2.0\",\"method\":\"foobar\",\"id\":\"1\"}"))
                .containsExactly(
                        "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32601,\"message\":\"Method not found: foobar\"}}");
    }

    @Test
    void wrongParams_are32602_andNameTheParam() throws IOException {
        List<String> replies = exchange(
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":{\"id\":5},\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":[\"bd-1\"],\"id\":2}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"id\":3}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"ready_work\",\"params\":{\"limit\":\"ten\"},\"id\":4}");
        assertThat(replies.get(0))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"Invalid params:"
                        + " \\\"id\\\" must be a string, got number\"}}");
        assertError(replies.get(1), new JsonValue.JNumber("2"), -32602, "Invalid params: params are named");
        assertError(replies.get(2), new JsonValue.JNumber("3"), -32602, "Invalid params: \"id\" is required");
        assertError(replies.get(3), new JsonValue.JNumber("4"), -32602, "Invalid params: \"limit\" must be an integer");
    }

    @Test
    void domainError_carriesItsType() throws IOException {
        assertThat(exchange("{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":{\"id\":\"bd-none\"},\"id\":1}"))
                .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32001,\"message\":\"no issue found"
                        + " matching \\\"bd-none\\\": check the id with bd list\",\"data\":{\"type\":\"not_found\"}}}");
    }

    @Test
    void mixedBatch_answersEachCall_inOneArray() throws IOException {
        List<String> replies = exchange("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"1\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notify_hello\",\"params\":[7]},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"resolve_id\",\"params\":{\"id\":\"zzz\"},\"id\":\"2\"},"
                + "{\"foo\":\"boo\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"foo.get\",\"params\":{\"name\":\"myself\"},\"id\":\"5\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":\"9\"}]");
        assertThat(replies)
                .containsExactly(
                        "[{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":\"pong\"},"
                                + "{\"jsonrpc\":\"2.0\",\"id\":\"2\",\"error\":{\"code\":-32001,\"message\":\"no issue found"
                                + " matching \\\"zzz\\\": check the id with bd list\",\"data\":{\"type\":\"not_found\"}}},"
                                + "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request:"
                                + " \\\"jsonrpc\\\" must be \\\"2.0\\\"\"}},"
                                + "{\"jsonrpc\":\"2.0\",\"id\":\"5\",\"error\":{\"code\":-32601,\"message\":\"Method not found: foo.get\"}},"
                                + "{\"jsonrpc\":\"2.0\",\"id\":\"9\",\"error\":{\"code\":-32601,\"message\":\"Method not found: get_data\"}}]");
    }

    @Test
    void emptyBatch_isOneInvalidRequest_notAnArray() throws IOException {
        assertThat(exchange("[]"))
                .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid"
                        + " Request: empty batch\"}}");
    }

    @Test
    void batchOfNonObjects_answersEachMember() throws IOException {
        String invalid = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request:"
                + " a request is a JSON object\"}}";
        assertThat(exchange("[1]", "[1,2,3]"))
                .containsExactly("[" + invalid + "]", "[" + invalid + "," + invalid + "," + invalid + "]");
    }

    @Test
    void batchOfNotifications_isNotAnswered() throws IOException {
        assertThat(
                        exchange(
                                "[{\"jsonrpc\":\"2.0\",\"method\":\"ping\"},"
                                        + "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"b\"}}}]"))
                .isEmpty();
        assertThat(fixture.ports().queries().list(IssueFilter.ALL)).hasSize(1);
    }

    @Test
    void invalidJsonBatch_isOneParseError() throws IOException {
        List<String> replies =
                exchange("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"1\"},{\"jsonrpc\":\"2.0\",\"method\"]");
        assertError(replies.get(0), JsonValue.NULL, -32700, "Parse error: ");
    }

    @Test
    void messageOverOneMegabyte_travelsIntact() throws IOException {
        String description = "0123456789abcdef".repeat(96 * 1024); // 1.5 MiB
        List<String> replies = exchange(
                "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"big\",\"id\":\"bd-big\",\"description\":\""
                        + description + "\"}},\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_issue\",\"params\":{\"id\":\"bd-big\"},\"id\":2}");
        assertThat(replies.get(0).length()).isGreaterThan(1_500_000);
        JsonValue.JObject shown = (JsonValue.JObject) ((JsonValue.JObject) result(replies.get(1))).get("issue");
        assertThat(shown.get("description")).isEqualTo(new JsonValue.JString(description));
    }

    @Test
    void nonAsciiText_travelsAsUtf8() throws IOException {
        String title = "Überprüfung der Daten – 日本語のテキスト 🚀";
        List<String> replies = exchange(
                "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"" + title
                        + "\",\"id\":\"bd-u1\"}},\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"search_issues\",\"params\":{\"query\":\"日本語\"},\"id\":2}");
        assertThat(replies.get(0)).contains("\"title\":\"" + title + "\"");
        assertThat(replies.get(1)).contains("\"id\":\"bd-u1\",\"title\":\"" + title + "\"");
        assertThat(fixture.ports()
                        .queries()
                        .show(dev.beads.core.model.IssueId.of("bd-u1"))
                        .issue()
                        .title())
                .isEqualTo(title);
    }

    @Test
    void frameOverTheLimit_isRefused_theConversationEnds_andNothingChanges() throws IOException {
        String big = "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\""
                + "x".repeat(2000) + "\"}},\"id\":1}";
        List<String> replies = exchange(1024, big, PING);
        assertThat(replies)
                .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"message"
                        + " over the frame limit of 1024 bytes: the connection is closed; send smaller messages (one"
                        + " JSON-RPC message per line)\",\"data\":{\"type\":\"frame_too_large\",\"limit\":1024}}}");
        assertThat(fixture.ports().queries().list(IssueFilter.ALL)).isEmpty();
    }

    @Test
    void blankLinesAndCrLf_areTolerated() throws IOException {
        assertThat(exchange("", "  ", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}\r"))
                .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
    }

    private static JsonValue result(String frame) {
        return ((JsonValue.JObject) Json.parse(frame)).get("result");
    }

    private static void assertError(String frame, JsonValue id, int code, String messagePrefix) {
        JsonValue.JObject o = (JsonValue.JObject) Json.parse(frame);
        assertThat(o.get("jsonrpc")).isEqualTo(JsonValue.of("2.0"));
        assertThat(o.get("id")).isEqualTo(id);
        JsonValue.JObject error = (JsonValue.JObject) o.get("error");
        assertThat(error.get("code")).isEqualTo(JsonValue.of(code));
        assertThat(((JsonValue.JString) error.get("message")).value()).startsWith(messagePrefix);
        assertThat(o.fields()).doesNotContainKey("result");
    }
}
