package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin commands beads' MCP server calls ({@code info --schema}, {@code migrate --inspect},
 * {@code detect-pollution}) and the Go bd v0.39.1 flags that do something here, each against Go's source.
 */
class GoAdminCommandsTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void workspace() {
        ws = Workspace.init(dir);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void infoSchema_reportsTheTablesAndVersionOfThisDatabase() {
        // Go bd v0.39.1 cmd/bd/info.go:180: schema = {config, detected_prefix, sample_issue_ids, schema_version,
        // tables} (a map, sorted); the map around it is sorted too.
        String id = ws.create("First");
        JsonNode info = ws.json("info", "--schema");
        assertThat(fields(info)).isSorted().contains("database_path", "issue_count", "mode", "daemon_connected");
        assertThat(info.get("config").get("issue_prefix").asText()).isEqualTo("test");
        JsonNode schema = info.get("schema");
        assertThat(fields(schema))
                .containsExactly("config", "detected_prefix", "sample_issue_ids", "schema_version", "tables");
        assertThat(schema.get("detected_prefix").asText()).isEqualTo("test");
        assertThat(schema.get("sample_issue_ids").toString()).isEqualTo("[\"" + id + "\"]");
        List<String> tables = new ArrayList<>();
        schema.get("tables").forEach(t -> tables.add(t.asText()));
        assertThat(tables).contains("issues", "dependencies", "labels", "config", "metadata");
        assertThat(Integer.parseInt(schema.get("schema_version").asText())).isPositive();
        assertThat(ws.json("info").has("schema")).isFalse();
    }

    @Test
    void migrateInspect_hasGoShape_andNoWarningsForACurrentDatabase() {
        // Go bd v0.39.1 cmd/bd/migrate.go:873-884.
        ws.create("One");
        JsonNode inspect = ws.json("migrate", "--inspect");
        assertThat(fields(inspect))
                .containsExactly("current_state", "invariants_to_check", "registered_migrations", "warnings");
        JsonNode state = inspect.get("current_state");
        assertThat(fields(state))
                .containsExactly("config", "db_exists", "issue_count", "missing_config", "schema_version");
        assertThat(state.get("db_exists").asBoolean()).isTrue();
        assertThat(state.get("issue_count").asInt()).isEqualTo(1);
        assertThat(state.get("missing_config").toString()).isEqualTo("[]");
        assertThat(inspect.get("warnings").toString()).isEqualTo("[]");
        assertThat(fields(inspect.get("registered_migrations").get(0))).containsExactly("name", "description");
        assertThat(inspect.get("registered_migrations").get(0).get("name").asText())
                .isEqualTo("issues");
        assertThat(inspect.get("invariants_to_check").toString())
                .isEqualTo("[\"required_config_present\",\"foreign_keys_valid\",\"issue_count_stable\"]");
        // migrate.go:477: the final status of a plain migrate.
        JsonNode migrate = ws.json("migrate");
        assertThat(fields(migrate))
                .containsExactly("cleaned_up", "current_database", "migrated", "status", "version", "version_updated");
        assertThat(migrate.get("status").asText()).isEqualTo("success");
        assertThat(ws.run("migrate", "--to-hash-ids").exitCode()).isEqualTo(2);
    }

    @Test
    void detectPollution_scoresAsGoDoes_andCleanBacksUpThenDeletes() throws Exception {
        // Go bd v0.39.1 cmd/bd/detect_pollution.go:193-258: "test " prefix 0.7 + no description 0.2 = 0.9 (high);
        // "Generic test title" +0.5.
        String testIssue = ws.create("test issue for the parser");
        ws.create("Write the parser", "-d", "A description that is long enough to count.");
        JsonNode found = ws.json("detect-pollution");
        assertThat(fields(found)).containsExactly("high_confidence", "issues", "medium_confidence", "polluted_count");
        assertThat(found.get("polluted_count").asInt()).isEqualTo(1);
        assertThat(found.get("high_confidence").asInt()).isEqualTo(1);
        JsonNode suspect = found.get("issues").get(0);
        assertThat(fields(suspect)).containsExactly("created_at", "id", "reasons", "score", "title");
        assertThat(suspect.get("id").asText()).isEqualTo(testIssue);
        assertThat(suspect.get("score").asDouble()).isEqualTo(0.7 + 0.2 + 0.5);
        assertThat(suspect.get("reasons").toString())
                .isEqualTo("[\"Title starts with test prefix\",\"No description\",\"Generic test title\"]");

        assertThat(ws.run("detect-pollution", "--clean").exitCode()).isEqualTo(2);
        assertThat(ws.json("list")).hasSize(2);
        ws.run("detect-pollution", "--clean", "--yes");
        assertThat(ws.json("list")).hasSize(1);
        assertThat(Files.readString(dir.resolve(".beads/pollution-backup.jsonl")))
                .contains(testIssue);
        assertThat(ws.json("detect-pollution").toString()).isEqualTo("{\"issues\":[],\"polluted_count\":0}");
    }

    @Test
    void epicCloseEligible_closesEpicsWhoseChildrenAreAllClosed() {
        // Go bd v0.39.1 cmd/bd/epic.go:90-185.
        String epic = ws.create("Epic", "-t", "epic");
        String child = ws.create("Child", "--parent", epic);
        assertThat(ws.json("epic", "close-eligible").toString()).isEqualTo("[]");
        ws.run("close", child);
        assertThat(ws.json("epic", "close-eligible", "--dry-run")
                        .get(0)
                        .get("epic")
                        .get("id")
                        .asText())
                .isEqualTo(epic);
        JsonNode closed = ws.json("epic", "close-eligible");
        assertThat(fields(closed)).containsExactly("closed", "count");
        assertThat(closed.get("closed").toString()).isEqualTo("[\"" + epic + "\"]");
        assertThat(ws.json("show", epic).get(0).get("close_reason").asText()).isEqualTo("All children completed");
    }

    @Test
    void delete_cascade_fromFile_andHardIsRefused() throws Exception {
        String base = ws.create("Base");
        String dependent = ws.create("Dependent", "--deps", "blocks:" + base);
        String other = ws.create("Other");
        ws.run("delete", base, "--cascade", "--force");
        assertThat(ws.json("list").toString()).doesNotContain(dependent).contains(other);
        Files.writeString(dir.resolve("ids.txt"), "# to delete\n" + other + "\n\n");
        ws.run("delete", "--from-file", "ids.txt", "--force");
        assertThat(ws.json("list")).isEmpty();
        InProcess.Result hard = ws.run("delete", other, "--hard", "--force");
        assertThat(hard.exitCode()).isEqualTo(2);
        assertThat(hard.stderr()).contains("--hard");
    }

    @Test
    void updateParent_reparents_andEmptyRemovesTheParent() {
        String a = ws.create("Epic A", "-t", "epic");
        String b = ws.create("Epic B", "-t", "epic");
        String child = ws.create("Child", "--parent", a);
        ws.run("update", child, "--parent", b);
        assertThat(ws.json("show", child).get(0).get("parent").asText()).isEqualTo(b);
        ws.run("update", child, "--parent", "");
        assertThat(ws.json("show", child).get(0).has("parent")).isFalse();
    }

    @Test
    void closeSuggestNext_listsWhatTheCloseUnblocked() {
        // Go bd v0.39.1 cmd/bd/show.go:1241: {"closed": [...], "unblocked": [...]}.
        String blocker = ws.create("Blocker");
        String waiting = ws.create("Waiting", "--deps", "blocks:" + blocker);
        JsonNode r = ws.json("close", blocker, "--suggest-next");
        assertThat(fields(r)).containsExactly("closed", "unblocked");
        assertThat(r.get("unblocked").get(0).get("id").asText()).isEqualTo(waiting);
        assertThat(ws.json("close", waiting, "--resolution", "Done")
                        .get(0)
                        .get("close_reason")
                        .asText())
                .isEqualTo("Done");
    }

    @Test
    void descriptionFlags_bodyAndBodyFile_asGoReadsThem() throws Exception {
        Files.writeString(dir.resolve("desc.md"), "From a file");
        String id = ws.json("create", "With body file", "--body-file", "desc.md")
                .get("id")
                .asText();
        assertThat(ws.json("show", id).get(0).get("description").asText()).isEqualTo("From a file");
        ws.run("update", id, "--body", "Via body");
        assertThat(ws.json("show", id).get(0).get("description").asText()).isEqualTo("Via body");
        InProcess.Result both = ws.run("update", id, "--body-file", "desc.md", "-d", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("cannot specify both --body-file and --description/--body");
        assertThat(ws.run("create", "Silent", "--silent").stdout()).matches("test-[a-z0-9]+\n");
        assertThat(ws.run("create", "Routed", "--repo", "../other").exitCode()).isEqualTo(2);
    }

    @Test
    void depTree_statusFilterAndMermaid() {
        String root = ws.create("Root");
        String done = ws.create("Done");
        ws.run("dep", "add", root, done);
        ws.run("close", done);
        JsonNode closedOnly = ws.json("dep", "tree", root, "--status", "closed");
        assertThat(closedOnly).hasSize(2);
        assertThat(ws.json("dep", "tree", root, "--status", "deferred").toString())
                .isEqualTo("[]");
        String mermaid = ws.run("dep", "tree", root, "--format", "mermaid").stdout();
        assertThat(mermaid).startsWith("flowchart TD\n").contains("  " + root + " --> " + done + "\n");
        assertThat(ws.json("search", "--query", "Root").get(0).get("id").asText())
                .isEqualTo(root);
    }
}
