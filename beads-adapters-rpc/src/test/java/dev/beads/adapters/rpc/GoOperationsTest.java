package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.FrameReader;
import dev.beads.adapters.rpc.server.Conversation;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.ServerControl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go bd v0.39.1's issue operations over piped streams (the socket's and the CLI's side are {@code
 * GoWireOperationsIT}'s): Go's argument names reach the core, the data has the shape the CLI prints, failures are
 * Go's envelope.
 */
class GoOperationsTest {
    @TempDir
    Path dir;

    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        WireFixture fixture = WireFixture.create(dir);
        dispatcher = new Dispatcher(fixture.ports(), fixture.codec(), ServerControl.none());
    }

    /** One connection: each frame answered in turn; the replies parsed. */
    private List<JsonValue.JObject> exchange(String... frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Conversation(
                        dispatcher,
                        FrameReader.DEFAULT_LIMIT,
                        Duration.ofSeconds(30),
                        null,
                        new ByteArrayInputStream((String.join("\n", frames) + "\n").getBytes(StandardCharsets.UTF_8)),
                        out)
                .run();
        List<JsonValue.JObject> replies = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            replies.add((JsonValue.JObject) Json.parse(line));
        }
        return replies;
    }

    private JsonValue data(String op, String args) throws IOException {
        JsonValue.JObject reply = exchange(request(op, args)).get(0);
        assertThat(reply.get("success")).as(op + ": " + reply).isEqualTo(JsonValue.TRUE);
        return reply.get("data");
    }

    private String error(String op, String args) throws IOException {
        JsonValue.JObject reply = exchange(request(op, args)).get(0);
        assertThat(reply.get("success")).as(op + ": " + reply).isEqualTo(JsonValue.FALSE);
        return ((JsonValue.JString) reply.get("error")).value();
    }

    private static String request(String op, String args) {
        return "{\"operation\":\"" + op + "\",\"args\":" + args + ",\"actor\":\"alice\"}";
    }

    private static JsonValue get(JsonValue v, String key) {
        return ((JsonValue.JObject) v).get(key);
    }

    private static String text(JsonValue v, String key) {
        return ((JsonValue.JString) get(v, key)).value();
    }

    private static List<String> ids(JsonValue array) {
        List<String> ids = new ArrayList<>();
        for (JsonValue item : ((JsonValue.JArray) array).items()) {
            ids.add(text(item, "id"));
        }
        return ids;
    }

    private void seed() throws IOException {
        data(
                "create",
                "{\"id\":\"bd-a\",\"title\":\"Alpha\",\"priority\":1,\"issue_type\":\"bug\",\"labels\":[\"x\"],"
                        + "\"assignee\":\"ann\",\"description\":\"first\"}");
        data("create", "{\"id\":\"bd-b\",\"title\":\"Beta\",\"priority\":3,\"dependencies\":[\"bd-a\"]}");
        data("create", "{\"id\":\"bd-c\",\"title\":\"Gamma\",\"dependencies\":[\"related:bd-a\"]}");
    }

    @Test
    void create_readsGosArguments_andTheRequestsActor() throws IOException {
        seed();
        JsonValue a = data("show", "{\"id\":\"bd-a\"}");
        assertThat(text(a, "title")).isEqualTo("Alpha");
        assertThat(text(a, "issue_type")).isEqualTo("bug");
        assertThat(text(a, "assignee")).isEqualTo("ann");
        assertThat(text(a, "created_by")).isEqualTo("alice");
        assertThat(get(a, "priority")).isEqualTo(JsonValue.of(1));
        assertThat(get(a, "labels")).isEqualTo(Json.parse("[\"x\"]"));
        assertThat(get(data("show", "{\"id\":\"bd-c\"}"), "priority"))
                .as("an int field Go leaves out reads as 0")
                .isEqualTo(JsonValue.of(0));
        JsonValue b = data("show", "{\"id\":\"bd-b\"}");
        assertThat(text(((JsonValue.JArray) get(b, "dependencies")).items().get(0), "dependency_type"))
                .isEqualTo("blocks");
        JsonValue c = data("show", "{\"id\":\"bd-c\"}");
        assertThat(text(((JsonValue.JArray) get(c, "dependencies")).items().get(0), "dependency_type"))
                .isEqualTo("related");
        assertThat(error("create", "{\"title\":\"x\",\"ephemeral\":true}")).contains("\"ephemeral\" is not supported");
        assertThat(data("create", "{\"title\":\"y\",\"ephemeral\":false}")).isNotNull();
    }

    @Test
    void list_andCount_takeGosFilters() throws IOException {
        seed();
        assertThat(ids(data("list", "{\"priority\":1}"))).containsExactly("bd-a");
        assertThat(ids(data("list", "{\"priority_min\":1,\"priority_max\":2}"))).containsExactlyInAnyOrder("bd-a");
        assertThat(ids(data("list", "{\"issue_type\":\"bug\"}"))).containsExactly("bd-a");
        assertThat(ids(data("list", "{\"label\":\"x\"}"))).containsExactly("bd-a");
        assertThat(ids(data("list", "{\"assignee\":\"ann\"}"))).containsExactly("bd-a");
        assertThat(ids(data("list", "{\"no_assignee\":true}"))).containsExactlyInAnyOrder("bd-b", "bd-c");
        assertThat(ids(data("list", "{\"ids\":[\"bd-b\"]}"))).containsExactly("bd-b");
        assertThat(ids(data("list", "{\"query\":\"gamma\"}"))).containsExactly("bd-c");
        assertThat(ids(data("list", "{\"title_contains\":\"Bet\"}"))).containsExactly("bd-b");
        assertThat(ids(data("list", "{\"description_contains\":\"first\"}"))).containsExactly("bd-a");
        assertThat(ids(data("list", "{\"limit\":1}"))).hasSize(1);
        assertThat(ids(data("list", "{\"created_after\":\"2000-01-01\"}"))).hasSize(3);
        assertThat(ids(data("list", "{\"created_before\":\"2000-01-01T00:00:00Z\"}")))
                .isEmpty();
        assertThat(error("list", "{\"created_after\":\"yesterday\"}"))
                .isEqualTo("invalid list args: invalid --created-after date: yesterday (use 2006-01-02 or RFC 3339)");
        assertThat(error("list", "{\"parent_id\":\"bd-a\"}")).contains("\"parent_id\" is not supported");
        JsonValue listedA = ((JsonValue.JArray) data("list", "{\"ids\":[\"bd-a\"]}"))
                .items()
                .get(0);
        assertThat(get(listedA, "dependent_count")).isEqualTo(JsonValue.of(2));

        assertThat(data("count", "{\"status\":\"open\"}")).isEqualTo(Json.parse("{\"count\":3}"));
        assertThat(get(data("count", "{\"group_by\":\"priority\"}"), "total")).isEqualTo(JsonValue.of(3));
        assertThat(error("count", "{\"group_by\":\"colour\"}"))
                .isEqualTo("invalid group_by value: colour (must be one of: status, priority, type, assignee, label)");
    }

    @Test
    void readyBlockedStaleAndEpics_answerTheirLists() throws IOException {
        seed();
        assertThat(ids(data("ready", "{}"))).containsExactlyInAnyOrder("bd-a", "bd-c");
        assertThat(ids(data("ready", "{\"type\":\"bug\"}"))).containsExactly("bd-a");
        assertThat(ids(data("ready", "{\"assignee\":\"ann\"}"))).containsExactly("bd-a");
        assertThat(ids(data("ready", "{\"unassigned\":true,\"assignee\":\"ann\"}")))
                .containsExactly("bd-c");
        assertThat(ids(data("ready", "{\"priority\":0}"))).containsExactly("bd-c");
        assertThat(ids(data("ready", "{\"limit\":1,\"sort_policy\":\"priority\"}")))
                .containsExactly("bd-c");
        assertThat(ids(data("ready", "{\"labels_any\":[\"x\",\"y\"]}"))).containsExactly("bd-a");
        JsonValue blocked = ((JsonValue.JArray) data("blocked", "null")).items().get(0);
        assertThat(text(blocked, "id")).isEqualTo("bd-b");
        assertThat(get(blocked, "blocked_by")).isEqualTo(Json.parse("[\"bd-a\"]"));
        assertThat(error("blocked", "{\"parent_id\":\"bd-a\"}")).contains("\"parent_id\" is not supported");
        assertThat(data("stale", "{\"days\":1}")).isEqualTo(Json.parse("[]"));
        assertThat(data("stale", "{\"days\":0,\"status\":\"open\"}")).isEqualTo(Json.parse("[]"));
        assertThat(data("epic_status", "{}")).isEqualTo(JsonValue.NULL);
        assertThat(data("epic_status", "{\"eligible_only\":true}")).isEqualTo(Json.parse("[]"));
        assertThat(get(data("stats", "null"), "total_issues")).isEqualTo(JsonValue.of(3));
        JsonValue tree = data("dep_tree", "{\"id\":\"bd-b\"}");
        assertThat(ids(tree)).containsExactly("bd-b", "bd-a");
        assertThat(ids(data("dep_tree", "{\"id\":\"bd-b\",\"max_depth\":-1}"))).containsExactly("bd-b", "bd-a");
    }

    @Test
    void updateAndClose_answerTheIssueWithItsLabels() throws IOException {
        seed();
        JsonValue updated = data(
                "update", "{\"id\":\"a\",\"title\":\"Alpha 2\",\"add_labels\":[\"y\"],\"status\":\"in_progress\"}");
        assertThat(text(updated, "title")).isEqualTo("Alpha 2");
        assertThat(text(updated, "status")).isEqualTo("in_progress");
        assertThat(get(updated, "labels")).isEqualTo(Json.parse("[\"x\",\"y\"]"));
        assertThat(get(updated, "dependencies")).isNull();
        assertThat(error("update", "{\"id\":\"bd-a\",\"pinned\":true}")).contains("\"pinned\" is not supported");

        JsonValue closed = data("close", "{\"id\":\"bd-c\",\"reason\":\"done\"}");
        assertThat(text(closed, "status")).isEqualTo("closed");
        assertThat(text(closed, "close_reason")).isEqualTo("done");
        JsonValue suggested = data("close", "{\"id\":\"bd-a\",\"suggest_next\":true}");
        assertThat(text(get(suggested, "closed"), "id")).isEqualTo("bd-a");
        assertThat(ids(get(suggested, "unblocked"))).containsExactly("bd-b");
        data("create", "{\"id\":\"bd-d\",\"title\":\"Delta\"}");
        JsonValue alone = data("close", "{\"id\":\"bd-d\",\"suggest_next\":true}");
        assertThat(get(alone, "unblocked")).as("omitempty").isNull();
    }

    @Test
    void labelsDependenciesAndComments_changeTheIssue_andAnswerTheCliObjects() throws IOException {
        seed();
        assertThat(data("label_add", "{\"id\":\"bd-b\",\"label\":\"z\"}"))
                .isEqualTo(Json.parse("{\"issue_id\":\"bd-b\",\"label\":\"z\",\"status\":\"added\"}"));
        assertThat(get(data("show", "{\"id\":\"bd-b\"}"), "labels")).isEqualTo(Json.parse("[\"z\"]"));
        assertThat(data("label_remove", "{\"id\":\"bd-b\",\"label\":\"z\"}"))
                .isEqualTo(Json.parse("{\"issue_id\":\"bd-b\",\"label\":\"z\",\"status\":\"removed\"}"));
        assertThat(get(data("show", "{\"id\":\"bd-b\"}"), "labels")).isNull();

        assertThat(data("dep_add", "{\"from_id\":\"bd-c\",\"to_id\":\"bd-b\",\"dep_type\":\"blocks\"}"))
                .isEqualTo(Json.parse(
                        "{\"depends_on_id\":\"bd-b\",\"issue_id\":\"bd-c\",\"status\":\"added\",\"type\":\"blocks\"}"));
        assertThat(ids(data("blocked", "{}"))).contains("bd-c");
        assertThat(data("dep_remove", "{\"from_id\":\"bd-c\",\"to_id\":\"bd-b\"}"))
                .isEqualTo(Json.parse("{\"depends_on_id\":\"bd-b\",\"issue_id\":\"bd-c\",\"status\":\"removed\"}"));
        assertThat(ids(data("blocked", "{}"))).doesNotContain("bd-c");
        assertThat(data("dep_add", "{\"from_id\":\"bd-c\",\"to_id\":\"bd-b\"}").toString())
                .contains("blocks");

        JsonValue comment = data("comment_add", "{\"id\":\"bd-a\",\"text\":\"hello\"}");
        assertThat(text(comment, "author"))
                .as("the request's actor when no author")
                .isEqualTo("alice");
        assertThat(text(data("comment_add", "{\"id\":\"bd-a\",\"author\":\"bob\",\"text\":\"hi\"}"), "author"))
                .isEqualTo("bob");
        assertThat(((JsonValue.JArray) data("comment_list", "{\"id\":\"bd-a\"}")).items())
                .hasSize(2);
    }

    @Test
    void delete_refusesCascade_andAnEmptyList() throws IOException {
        seed();
        assertThat(error("delete", "{\"ids\":[]}")).isEqualTo("no issue IDs provided for deletion");
        assertThat(error("delete", "{\"ids\":[\"bd-a\"],\"cascade\":true}")).contains("\"cascade\" is not supported");
        assertThat(data("delete", "{\"ids\":[\"bd-c\"],\"reason\":\"dup\"}"))
                .isEqualTo(Json.parse("{\"deleted_count\":1,\"total_count\":1}"));
        assertThat(ids(data("list", "{}"))).doesNotContain("bd-c");
    }

    @Test
    void getMutations_listsGosMutationsSinceAMoment() throws IOException {
        assertThat(data("get_mutations", "{\"since\":0}")).isEqualTo(JsonValue.NULL);
        seed();
        data("label_add", "{\"id\":\"bd-b\",\"label\":\"z\"}");
        List<JsonValue> events = ((JsonValue.JArray) data("get_mutations", "{}")).items();
        assertThat(events).hasSize(4);
        assertThat(text(events.get(0), "Type")).isEqualTo("create");
        assertThat(text(events.get(0), "IssueID")).isEqualTo("bd-a");
        assertThat(text(events.get(0), "Title")).isEqualTo("Alpha");
        assertThat(text(events.get(0), "Assignee")).isEqualTo("ann");
        assertThat(text(events.get(3), "Type")).isEqualTo("update");
        assertThat(text(events.get(3), "Title")).isEmpty();
        long future = System.currentTimeMillis() + 60_000;
        assertThat(data("get_mutations", "{\"since\":" + future + "}")).isEqualTo(JsonValue.NULL);
        for (int i = 0; i < 120; i++) {
            data("create", "{\"title\":\"many " + i + "\"}");
        }
        assertThat(((JsonValue.JArray) data("get_mutations", "{}")).items())
                .as("the last 100")
                .hasSize(100);
    }

    @Test
    void metrics_countEachOperationsOutcomes() throws IOException {
        seed();
        error("show", "{\"id\":\"bd-zzz\"}");
        JsonValue metrics = data("metrics", "null");
        JsonValue show = null;
        JsonValue create = null;
        for (JsonValue op : ((JsonValue.JArray) get(metrics, "operations")).items()) {
            if (text(op, "operation").equals("show")) {
                show = op;
            } else if (text(op, "operation").equals("create")) {
                create = op;
            }
        }
        assertThat(get(create, "total_count")).isEqualTo(JsonValue.of(3));
        assertThat(get(create, "success_count")).isEqualTo(JsonValue.of(3));
        assertThat(get(show, "error_count")).isEqualTo(JsonValue.of(1));
        assertThat(get(show, "success_count")).isEqualTo(JsonValue.of(0));
        JsonValue latency = get(create, "latency");
        double max = Double.parseDouble(((JsonValue.JNumber) get(latency, "max_ms")).text());
        double min = Double.parseDouble(((JsonValue.JNumber) get(latency, "min_ms")).text());
        double p50 = Double.parseDouble(((JsonValue.JNumber) get(latency, "p50_ms")).text());
        assertThat(min).isPositive().isLessThanOrEqualTo(p50);
        assertThat(p50).isLessThanOrEqualTo(max);
        assertThat(get(metrics, "uptime_seconds")).isInstanceOf(JsonValue.JNumber.class);
    }

    @Test
    void batch_withBadArgs_isGosError() throws IOException {
        assertThat(error("batch", "{\"operations\":7}")).startsWith("invalid batch args: ");
        assertThat(data("batch", "{\"operations\":[]}")).isEqualTo(Json.parse("{\"results\":[]}"));
    }
}
