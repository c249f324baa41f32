package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Must-show 3 of issue 9: Go bd v0.39.1's operations over the real socket of a real {@code bd daemon run}, sent as
 * Go's clients send them ({@code {"operation","args","cwd","actor"}}, one request per connection, and several on
 * one connection), checked for {@code success}, {@code error}, and {@code data} equal to what {@code bd --json}
 * prints for the same command (run in-process beside the daemon). Mutations are compared with the CLI making the same
 * change to a twin issue, ids and times aside.
 */
class GoWireOperationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();

    private static Path tmp;
    private static Path root;
    private static DaemonProcess daemon;

    @BeforeAll
    static void startDaemon() throws Exception {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bdg"); // short: the socket path must fit sun_path
        root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "bd").close();
        daemon = DaemonProcess.start(root, tmp);
        bd("create", "Epic one", "-t", "epic", "--id", "bd-epic", "-p", "1");
        bd("create", "Child task", "--parent", "bd-epic", "-p", "2");
        bd("create", "Blocker", "--id", "bd-blk", "-p", "0", "-l", "backend");
        bd("create", "Blocked one", "--id", "bd-bkd", "-d", "waits <for> & blocks");
        bd("dep", "add", "bd-bkd", "bd-blk");
        bd("comments", "add", "bd-blk", "a first comment");
    }

    @AfterAll
    static void stopDaemon() throws Exception {
        try {
            if (daemon != null) {
                daemon.close();
            }
        } finally {
            ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), Map.of(), 30);
        }
    }

    @Test
    void reads_answerWhatTheCliPrints() throws Exception {
        assertThat(data("list", "{}")).isEqualTo(cli("list", "--json"));
        assertThat(data("list", "{\"status\":\"open\",\"priority\":0}"))
                .isEqualTo(cli("list", "--status", "open", "--priority", "0", "--json"));
        assertThat(data("list", "{\"labels\":[\"backend\"]}")).isEqualTo(cli("list", "-l", "backend", "--json"));
        assertThat(data("count", "{}")).isEqualTo(cli("count", "--json"));
        assertThat(data("count", "{\"group_by\":\"status\"}")).isEqualTo(cli("count", "--by-status", "--json"));
        assertThat(data("show", "{\"id\":\"bd-bkd\"}"))
                .isEqualTo(cli("show", "bd-bkd", "--json").get(0));
        assertThat(data("ready", "{}")).isEqualTo(cli("ready", "--json"));
        assertThat(data("ready", "{\"limit\":1}")).isEqualTo(cli("ready", "--limit", "1", "--json"));
        assertThat(data("blocked", "{}")).isEqualTo(cli("blocked", "--json"));
        assertThat(data("stale", "{\"days\":30}")).isEqualTo(cli("stale", "--days", "30", "--json"));
        assertThat(data("dep_tree", "{\"id\":\"bd-bkd\"}")).isEqualTo(cli("dep", "tree", "bd-bkd", "--json"));
        assertThat(data("comment_list", "{\"id\":\"bd-blk\"}")).isEqualTo(cli("comments", "bd-blk", "--json"));
        assertThat(data("epic_status", "{}")).isEqualTo(cli("epic", "status", "--json"));
        assertThat(data("resolve_id", "{\"id\":\"bkd\"}")).isEqualTo(JSON.readTree("\"bd-bkd\""));
    }

    /** Go's daemon and beads' MCP server read {@code Statistics} itself; bd stats prints it, and again under summary. */
    @Test
    void stats_answersTheStatisticsTheCliPrints() throws Exception {
        ObjectNode printed = (ObjectNode) cli("stats", "--json");
        printed.remove("summary");
        assertThat(data("stats", null)).isEqualTo(printed);
    }

    @Test
    void mutations_answerWhatTheCliPrints_forTheSameChange() throws Exception {
        JsonNode created = data(
                "create",
                "{\"title\":\"Made over Go's wire\",\"issue_type\":\"bug\",\"priority\":1,"
                        + "\"description\":\"d\",\"labels\":[\"x\"]}");
        JsonNode twin = cli("create", "Made over Go's wire", "-t", "bug", "-p", "1", "-d", "d", "-l", "x", "--json");
        assertThat(normalized(created)).isEqualTo(normalized(twin));
        String mine = created.get("id").asText();
        String theirs = twin.get("id").asText();
        assertThat(data("show", "{\"id\":\"" + mine + "\"}").get("created_by").asText())
                .isEqualTo("alice");

        assertSame(
                data("update", "{\"id\":\"" + mine + "\",\"title\":\"Renamed\",\"add_labels\":[\"y\"]}"),
                cli("update", theirs, "--title", "Renamed", "--add-label", "y", "--json")
                        .get(0));
        assertSame(
                data("label_add", "{\"id\":\"" + mine + "\",\"label\":\"z\"}"),
                cli("label", "add", theirs, "z", "--json").get(0));
        assertSame(
                data("label_remove", "{\"id\":\"" + mine + "\",\"label\":\"z\"}"),
                cli("label", "remove", theirs, "z", "--json").get(0));
        assertSame(
                data("dep_add", "{\"from_id\":\"" + mine + "\",\"to_id\":\"bd-blk\",\"dep_type\":\"related\"}"),
                cli("dep", "add", theirs, "bd-blk", "--type", "related", "--json"));
        assertSame(
                data("dep_remove", "{\"from_id\":\"" + mine + "\",\"to_id\":\"bd-blk\"}"),
                cli("dep", "remove", theirs, "bd-blk", "--json"));
        assertSame(
                data("comment_add", "{\"id\":\"" + mine + "\",\"author\":\"alice\",\"text\":\"über <ok>\"}"),
                cli("comments", "add", theirs, "über <ok>", "--json"));
        assertSame(
                data("close", "{\"id\":\"" + mine + "\",\"reason\":\"Done\"}"),
                cli("close", theirs, "--reason", "Done", "--json").get(0));
    }

    /** Go's handleDelete answers its own map (server_issues_epics.go:743), not bd delete's. */
    @Test
    void delete_tombstonesEachId_andAnswersGosCounts() throws Exception {
        String id = data("create", "{\"title\":\"doomed\",\"priority\":2}")
                .get("id")
                .asText();
        JsonNode dry = data("delete", "{\"ids\":[\"" + id + "\"],\"dry_run\":true}");
        assertThat(dry).isEqualTo(JSON.readTree("{\"dry_run\":true,\"issue_count\":1,\"issues\":[\"" + id + "\"]}"));
        JsonNode partial = data("delete", "{\"ids\":[\"" + id + "\",\"bd-nothere\"],\"force\":true}");
        assertThat(partial.get("deleted_count").asInt()).isEqualTo(1);
        assertThat(partial.get("total_count").asInt()).isEqualTo(2);
        assertThat(partial.get("partial_success").asBoolean()).isTrue();
        assertThat(partial.get("errors").get(0).asText()).startsWith("bd-nothere: ");
        JsonNode none = send("delete", "{\"ids\":[\"bd-nothere\"]}");
        assertThat(none.get("success").asBoolean()).isFalse();
        assertThat(none.get("error").asText()).startsWith("failed to delete all issues: [bd-nothere: ");
    }

    @Test
    void errors_areGosEnvelope_withTheCoresMessage() throws Exception {
        JsonNode missing = send("show", "{\"id\":\"bd-nope\"}");
        assertThat(missing.get("success").asBoolean()).isFalse();
        assertThat(missing.has("data")).isFalse();
        ProcessRun cliMissing =
                ProcessRun.of(List.of(BD, "--no-daemon", "show", "bd-nope"), root, Launcher.environment(tmp), 120);
        assertThat(cliMissing.stderr()).contains(missing.get("error").asText());

        JsonNode wrongType = send("show", "{\"id\":7}");
        assertThat(wrongType.get("error").asText()).isEqualTo("invalid show args: \"id\" must be a string, got number");
        assertThat(send("frobnicate", "{}").get("error").asText()).isEqualTo("unknown operation: frobnicate");
        JsonNode unsupported = send("ready", "{\"parent_id\":\"bd-epic\"}");
        assertThat(unsupported.get("error").asText()).contains("\"parent_id\" is not supported");
    }

    @Test
    void argsMayBeNullOrAbsent() throws Exception {
        JsonNode viaNull =
                JSON.readTree(exchange(List.of(request("list", "null"))).get(0));
        JsonNode absent = JSON.readTree(exchange(List.of("{\"operation\":\"list\",\"cwd\":\"" + root + "\"}"))
                .get(0));
        assertThat(viaNull.get("success").asBoolean()).isTrue();
        assertThat(absent.get("data")).isEqualTo(viaNull.get("data")).isEqualTo(cli("list", "--json"));
    }

    @Test
    void severalRequestsOnOneConnection_areEachAnswered_inOrder() throws Exception {
        List<String> replies = exchange(List.of(
                request("ping", null),
                request("show", "{\"id\":\"bd-blk\"}"),
                request("count", "{}"),
                request("resolve_id", "{\"id\":\"bd-epic\"}")));
        assertThat(replies).hasSize(4);
        assertThat(JSON.readTree(replies.get(0)).get("data").get("message").asText())
                .isEqualTo("pong");
        assertThat(JSON.readTree(replies.get(1)).get("data"))
                .isEqualTo(cli("show", "bd-blk", "--json").get(0));
        assertThat(JSON.readTree(replies.get(2)).get("data")).isEqualTo(cli("count", "--json"));
        assertThat(JSON.readTree(replies.get(3)).get("data").asText()).isEqualTo("bd-epic");
    }

    @Test
    void batch_runsInOrder_andStopsAfterTheFirstFailure() throws Exception {
        JsonNode batch = data(
                "batch",
                "{\"operations\":[{\"operation\":\"create\",\"args\":{\"title\":\"in a batch\",\"id\":\"bd-bat\"}},"
                        + "{\"operation\":\"label_add\",\"args\":{\"id\":\"bd-bat\",\"label\":\"b\"}},"
                        + "{\"operation\":\"show\",\"args\":{\"id\":\"bd-missing\"}},"
                        + "{\"operation\":\"label_add\",\"args\":{\"id\":\"bd-bat\",\"label\":\"never\"}}]}");
        JsonNode results = batch.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(1).get("success").asBoolean()).isTrue();
        assertThat(results.get(2).get("success").asBoolean()).isFalse();
        assertThat(cli("show", "bd-bat", "--json").get(0).get("labels")).hasSize(1);
    }

    @Test
    void exportAndImport_moveTheIssuesThroughTheGivenFile() throws Exception {
        Path file = tmp.resolve("out.jsonl");
        JsonNode exported = data("export", "{\"jsonl_path\":\"" + file + "\"}");
        int count = cli("count", "--json").get("count").asInt();
        assertThat(exported)
                .isEqualTo(JSON.readTree(
                        "{\"exported_count\":" + count + ",\"path\":\"" + file + "\",\"skipped_count\":0}"));
        assertThat(Files.readAllLines(file)).hasSize(count);

        JsonNode imported = data("import", "{\"jsonl_path\":\"" + file + "\"}");
        assertThat(imported).isEqualTo(cli("import", "-i", file.toString(), "--json"));
        assertThat(imported.get("unchanged").asInt()).isEqualTo(count);
    }

    @Test
    void getMutationsAndMetrics_reportWhatWentThroughGosFormat() throws Exception {
        data("create", "{\"title\":\"watched\",\"id\":\"bd-mut\",\"assignee\":\"carol\"}");
        JsonNode mutations = data("get_mutations", "{\"since\":0}");
        JsonNode last = mutations.get(mutations.size() - 1);
        assertThat(last.get("Type").asText()).isEqualTo("create");
        assertThat(last.get("IssueID").asText()).isEqualTo("bd-mut");
        assertThat(last.get("Title").asText()).isEqualTo("watched");
        assertThat(last.get("Assignee").asText()).isEqualTo("carol");
        assertThat(data("get_mutations", "{\"since\":" + (System.currentTimeMillis() + 60_000) + "}")
                        .isNull())
                .isTrue();

        JsonNode metrics = data("metrics", null);
        List<String> ops = new ArrayList<>();
        for (JsonNode op : metrics.get("operations")) {
            ops.add(op.get("operation").asText());
        }
        assertThat(ops).contains("create", "get_mutations");
        assertThat(metrics.get("total_connections").asLong()).isPositive();
    }

    // --- helpers

    private static void assertSame(JsonNode overGo, JsonNode printed) {
        assertThat(normalized(overGo)).isEqualTo(normalized(printed));
    }

    /** Ids, times and the issue number in comment ids differ between two issues made the same way. */
    private static JsonNode normalized(JsonNode node) {
        JsonNode copy = node.deepCopy();
        blank(copy);
        return copy;
    }

    private static void blank(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(f -> names.add(f.getKey()));
            for (String name : names) {
                if (List.of("id", "issue_id", "created_at", "updated_at", "closed_at")
                        .contains(name)) {
                    o.put(name, "*");
                } else {
                    blank(o.get(name));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(GoWireOperationsIT::blank);
        }
    }

    /** The {@code data} of a successful operation sent on a connection of its own. */
    private static JsonNode data(String operation, String args) throws Exception {
        JsonNode response = send(operation, args);
        assertThat(response.get("success").asBoolean())
                .as(operation + ": " + response)
                .isTrue();
        return response.get("data");
    }

    private static JsonNode send(String operation, String args) throws Exception {
        return JSON.readTree(exchange(List.of(request(operation, args))).get(0));
    }

    private static String request(String operation, String args) {
        return "{\"operation\":\"" + operation + "\",\"args\":" + (args == null ? "null" : args) + ",\"cwd\":\"" + root
                + "\",\"actor\":\"alice\",\"client_version\":\"0.39.1\"}";
    }

    /** Go's client: one connection, its requests written one line each, one answer line read after each. */
    private static List<String> exchange(List<String> requests) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(daemon.socket()));
            OutputStream out = Channels.newOutputStream(channel);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            List<String> replies = new ArrayList<>();
            for (String r : requests) {
                out.write((r + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                replies.add(in.readLine());
            }
            return replies;
        }
    }

    /** {@code bd --no-daemon <args>} beside the daemon, its stdout parsed. */
    private static JsonNode cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(BD, "--no-daemon", "--actor", "alice"));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.of(command, root, Launcher.environment(tmp), 120);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.stdout());
    }

    private static void bd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(BD, "--no-daemon", "--actor", "alice"));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.of(command, root, Launcher.environment(tmp), 120);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }
}
