package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beads.cli.session.DirectSessionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flags and environment clients of Go bd v0.39.1 pass (beads' MCP server among them, bd_client.py), each doing
 * what Go's does.
 */
class GoClientFlagsTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String epic;
    private String child;
    private String grandchild;
    private String outside;

    @BeforeEach
    void workspace() {
        ws = Workspace.init(dir);
        epic = ws.create("Epic", "-t", "epic");
        child = ws.create("Write the parser", "--parent", epic);
        grandchild = ws.create("Parser tests", "--parent", child);
        outside = ws.create("Unrelated parser");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void listTitle_matchesTitleText_caseInsensitively() {
        // Go bd v0.39.1 cmd/bd/list.go:868 (--title: case-insensitive substring of the title).
        assertThat(ids(ws.json("list", "--title", "PARSER"))).containsExactlyInAnyOrder(child, grandchild, outside);
        assertThat(ids(ws.json("list", "--title", "parser", "--title-contains", "tests")))
                .containsExactly(grandchild);
        assertThat(ws.json("count", "--title", "parser").get("count").asInt()).isEqualTo(3);
    }

    @Test
    void listParent_isTheDirectChildren() {
        // Go bd v0.39.1 cmd/bd/list.go:907: "shows children of specified issue".
        assertThat(ids(ws.json("list", "--parent", epic))).containsExactly(child);
    }

    @Test
    void readyParent_isEveryDescendant_theLimitCountedAfterTheFilter() {
        // Go bd v0.39.1 internal/storage/sqlite/ready.go:92: a recursive walk over parent-child edges.
        assertThat(ids(ws.json("ready", "--parent", epic))).containsExactlyInAnyOrder(child, grandchild);
        assertThat(ws.json("ready", "--parent", epic, "--limit", "1")).hasSize(1);
        assertThat(ws.json("ready", "--parent", "test-nothing").toString()).isEqualTo("[]");
    }

    @Test
    void blockedParent_isTheBlockedDescendants() {
        String blocker = ws.create("Blocker");
        ws.run("dep", "add", grandchild, blocker);
        ws.run("dep", "add", outside, blocker);
        assertThat(ids(ws.json("blocked"))).containsExactlyInAnyOrder(grandchild, outside);
        assertThat(ids(ws.json("blocked", "--parent", epic))).containsExactly(grandchild);
    }

    @Test
    void noAutoFlush_leavesTheJsonlAsItWas_untilTheNextFlush() throws Exception {
        String before = Files.readString(ws.jsonl());
        String id = ws.json("--no-auto-flush", "create", "Not yet in the file")
                .get("id")
                .asText();
        assertThat(Files.readString(ws.jsonl())).isEqualTo(before);
        ws.run("update", outside, "--priority", "1");
        assertThat(Files.readString(ws.jsonl())).contains(id);
    }

    @Test
    void noAutoImport_readsTheDatabase_withoutImportingAChangedJsonl() throws Exception {
        // An issue that arrives with a pull: a line of its own in the JSONL.
        String line = Files.readAllLines(ws.jsonl()).get(0);
        String pulled = line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"test-zzz\"")
                .replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"Edited in git\"");
        Files.writeString(ws.jsonl(), Files.readString(ws.jsonl()) + pulled + "\n");
        assertThat(ws.run("--no-auto-import", "list").stdout()).doesNotContain("Edited in git");
        assertThat(ws.run("list").stdout()).contains("Edited in git");
    }

    @Test
    void goGlobalFlags_areAccepted_onAnyCommand() {
        InProcess.Result r = ws.run("list", "--allow-stale", "--no-db", "--profile", "--lock-timeout", "10s", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        InProcess.Result bad = ws.run("list", "--lock-timeout", "soon");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("invalid argument \"soon\" for \"--lock-timeout\" flag");
    }

    @Test
    void beadsDb_fromADirectoryOutsideAnyWorkspace_usesThatDatabase() throws Exception {
        // Go bd v0.39.1 internal/beads/beads.go:369.
        Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-elsewhere"));
        InProcess.Result r = new InProcess(elsewhere, new DirectSessionFactory())
                .env("BEADS_DB", dir.resolve(".beads/beads.db").toString())
                .run("list", "--json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains(epic);
    }

    @Test
    void version_printsGoBdsVersionFirst_thenOurs() {
        // Go bd v0.39.1 cmd/bd/version.go:55: "bd version %s (%s)\n".
        InProcess.Result r = ws.run("version");
        assertThat(r.stdout()).matches("bd version 0\\.39\\.1 \\(beads-jvm [^)]+\\)\n");
        assertThat(ws.run("--version").stdout()).isEqualTo(r.stdout());
        InProcess.Result daemon = ws.run("version", "--daemon");
        assertThat(daemon.exitCode()).isEqualTo(ExitCodes.of(new dev.beads.core.error.BackendException("x")));
        assertThat(daemon.stderr()).contains("daemon is not running");
    }

    @Test
    void statsAssigned_countsTheActorsIssues() {
        ws.run("update", child, "--assignee", "tester");
        JsonNode stats = ws.json("stats", "--assigned", "--no-activity");
        assertThat(stats.get("total_issues").asInt()).isEqualTo(1);
        assertThat(stats.get("open_issues").asInt()).isEqualTo(1);
        assertThat(stats.get("ready_issues").asInt()).isEqualTo(1);
    }

    @Test
    void listFormatDigraph_printsTheEdgesAmongTheListedIssues() {
        // Go bd v0.39.1 cmd/bd/list.go:1003: the digraph preset, "{{.IssueID}} {{.DependsOnID}}".
        assertThat(ws.run("list", "--format", "digraph").stdout().lines())
                .containsExactlyInAnyOrder(child + " " + epic, grandchild + " " + child);
        assertThat(ws.run("list", "--format", "{{.IssueID}}->{{.Type}}").stdout())
                .contains(child + "->parent-child\n");
        // Only edges whose both ends are listed (list.go:1032): the epic is not a child of itself.
        assertThat(ws.run("list", "--format", "digraph", "--parent", epic).stdout())
                .isEmpty();
        assertThat(ws.run("list", "--format", "dot").stdout()).startsWith("digraph dependencies {\n");
    }
}
