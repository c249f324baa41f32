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
 * Golden shapes: every command's {@code --json} output parses and has Go bd v0.39.1's shape (cmd/bd/*.go and
 * internal/types/types.go, cited per test): issue objects with the JSONL field names, arrays where Go prints
 * arrays, the keys Go's structs and maps have, and no dependency records outside {@code show}.
 */
class JsonShapesTest {
    /** The fields every issue object has (Go bd always writes them). */
    private static final List<String> ISSUE =
            List.of("id", "title", "status", "priority", "issue_type", "created_at", "updated_at");

    @TempDir
    Path dir;

    private Workspace ws;
    private String blocker;
    private String blocked;

    @BeforeEach
    void workspace() {
        ws = Workspace.init(dir);
        blocker = ws.create("Design the schema", "-p", "1", "-l", "backend,db", "-d", "Tables & <keys>");
        blocked = ws.create("Build the API", "-t", "feature", "-a", "alice", "--deps", "blocks:" + blocker);
    }

    private static void assertIssue(JsonNode node) {
        assertThat(node.isObject()).as("issue object: %s", node).isTrue();
        assertThat(fields(node)).as("issue fields of %s", node).containsAll(ISSUE);
        assertThat(node.get("priority").isInt()).isTrue();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode array(JsonNode node, int size) {
        assertThat(node.isArray()).as("array: %s", node).isTrue();
        assertThat(node).hasSize(size);
        return node;
    }

    @Test
    void init_reportsWhereAndWhichPrefix(@TempDir Path other) {
        JsonNode init = new InProcess(other, new dev.beads.cli.session.DirectSessionFactory())
                .run("init", "--prefix", "demo", "--json")
                .stdout()
                .transform(JsonShapesTest::parse);
        assertThat(fields(init)).containsExactly("database", "jsonl", "prefix", "issues");
        assertThat(init.get("prefix").asText()).isEqualTo("demo");
    }

    @Test
    void create_isOneIssueObject_withTheJsonlFieldNames() {
        JsonNode created = ws.json("create", "Write docs", "-p", "P0", "-e", "30", "--external-ref", "gh-9");
        assertIssue(created);
        assertThat(created.get("id").asText()).startsWith("test-");
        assertThat(created.get("priority").asInt()).isZero();
        assertThat(created.get("estimated_minutes").asInt()).isEqualTo(30);
        assertThat(created.get("external_ref").asText()).isEqualTo("gh-9");
        assertThat(created.get("status").asText()).isEqualTo("open");
        assertThat(created.get("created_by").asText()).isEqualTo("tester");
    }

    @Test
    void create_isTheIssueAsBuilt_withoutLabelsOrDependencyRecords() {
        // Go bd v0.39.1 cmd/bd/create.go:436 prints the issue struct it created; labels and dependencies are
        // added to the store after it (create.go:345-420), never to the struct.
        JsonNode created = ws.json("create", "Tagged", "-l", "x,y", "--deps", "blocks:" + blocker);
        assertIssue(created);
        assertThat(created.has("labels")).isFalse();
        assertThat(created.has("dependencies")).isFalse();
        assertThat(ws.json("show", created.get("id").asText())
                        .get(0)
                        .get("labels")
                        .toString())
                .isEqualTo("[\"x\",\"y\"]");
    }

    @Test
    void createFromMarkdown_isAnArrayOfIssues() throws Exception {
        Files.writeString(dir.resolve("plan.md"), "## One\nFirst\n### Priority\n1\n## Two\n### Type\nbug\n");
        JsonNode created = array(ws.json("create", "-f", "plan.md"), 2);
        created.forEach(JsonShapesTest::assertIssue);
        assertThat(created.get(1).get("issue_type").asText()).isEqualTo("bug");
    }

    @Test
    void list_isAnArrayOfIssuesWithCounts_labelsButNoDependencyRecords() {
        // Go bd v0.39.1 cmd/bd/list.go:753-780: IssueWithCounts (types.go:383) over issues whose labels were
        // loaded (list.go:764); the issues' Dependencies field is never filled, so there is no "dependencies" key.
        JsonNode list = array(ws.json("list"), 2);
        for (JsonNode i : list) {
            assertIssue(i);
            assertThat(i.get("dependency_count").isInt()).isTrue();
            assertThat(i.get("dependent_count").isInt()).isTrue();
            assertThat(i.has("dependencies"))
                    .as("list has no dependency records: %s", i)
                    .isFalse();
            assertThat(i.has("comments")).isFalse();
        }
        JsonNode schema = find(list, blocker);
        assertThat(schema.get("dependent_count").asInt()).isEqualTo(1);
        assertThat(schema.get("labels").toString()).isEqualTo("[\"backend\",\"db\"]");
        assertThat(find(list, blocked).get("dependency_count").asInt()).isEqualTo(1);
        List<String> keys = fields(find(list, blocked));
        assertThat(keys.subList(keys.size() - 2, keys.size())).containsExactly("dependency_count", "dependent_count");
    }

    @Test
    void list_ofNothing_isAnEmptyArray() {
        // Go bd v0.39.1 cmd/bd/list.go:768: make([]*IssueWithCounts, 0) encodes as [].
        assertThat(array(ws.json("list", "--status", "closed"), 0)).isEmpty();
    }

    @Test
    void show_isAnArrayOfDetails_withRelatedIssuesCarryingTheirDependencyType() {
        ws.run("comments", "add", blocked, "Needs auth");
        JsonNode shown = array(ws.json("show", blocked, blocker), 2);
        JsonNode api = shown.get(0);
        assertIssue(api);
        JsonNode dep = array(api.get("dependencies"), 1).get(0);
        assertIssue(dep);
        assertThat(dep.get("id").asText()).isEqualTo(blocker);
        assertThat(dep.get("dependency_type").asText()).isEqualTo("blocks");
        assertThat(array(api.get("comments"), 1).get(0).get("text").asText()).isEqualTo("Needs auth");
        JsonNode schema = shown.get(1);
        assertThat(array(schema.get("dependents"), 1).get(0).get("id").asText()).isEqualTo(blocked);
        assertThat(schema.get("description").asText()).isEqualTo("Tables & <keys>");
    }

    @Test
    void showOfAChild_namesItsParent() {
        String epic = ws.create("Epic", "-t", "epic");
        String child = ws.create("Child", "--parent", epic);
        assertThat(child).isEqualTo(epic + ".1");
        assertThat(ws.json("show", child).get(0).get("parent").asText()).isEqualTo(epic);
    }

    @Test
    void update_close_reopen_areArraysOfIssues_withLabels_withoutDependencyRecords() {
        // Go bd v0.39.1 cmd/bd/show.go:759 (update), :1279 (close), reopen.go:135: []*Issue from GetIssue, which
        // loads the labels (internal/storage/sqlite/queries.go:377) and nothing else.
        JsonNode updated = array(ws.json("update", blocked, "--status", "in_progress", "--add-label", "api"), 1);
        assertIssue(updated.get(0));
        assertThat(updated.get(0).get("status").asText()).isEqualTo("in_progress");
        assertThat(updated.get(0).get("labels").toString()).isEqualTo("[\"api\"]");
        assertThat(updated.get(0).has("dependencies")).isFalse();
        assertThat(array(ws.json("close", blocked), 1).get(0).has("dependencies"))
                .isFalse();
        assertThat(array(ws.json("reopen", blocked), 1).get(0).has("dependencies"))
                .isFalse();
        JsonNode closed = array(ws.json("close", blocker, "-r", "Done"), 1).get(0);
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("close_reason").asText()).isEqualTo("Done");
        assertThat(closed.has("closed_at")).isTrue();
        JsonNode reopened = array(ws.json("reopen", blocker), 1).get(0);
        assertThat(reopened.get("status").asText()).isEqualTo("open");
        assertThat(reopened.has("closed_at")).isFalse();
    }

    @Test
    void delete_reportsTheTombstoneAndRemovedLinks() {
        assertThat(fields(ws.json("delete", blocker))).contains("dry_run", "would_delete");
        // Go bd v0.39.1 cmd/bd/delete.go:317: a map of three keys, sorted.
        JsonNode deleted = ws.json("delete", blocker, "--force");
        assertThat(fields(deleted)).containsExactly("deleted", "dependencies_removed", "references_updated");
        assertThat(deleted.get("deleted").asText()).isEqualTo(blocker);
        assertThat(deleted.get("dependencies_removed").asInt()).isEqualTo(1);
        assertThat(deleted.get("references_updated").asInt()).isZero();
        assertThat(ws.json("list")).hasSize(1);
    }

    @Test
    void deleteOfSeveral_hasTheBatchKeys() {
        // Go bd v0.39.1 cmd/bd/delete.go:543 (deleteBatch): sorted keys; orphaned_issues is a nil slice when none.
        String third = ws.create("Third");
        JsonNode deleted = ws.json("delete", blocked, third, "--force");
        assertThat(fields(deleted))
                .containsExactly(
                        "deleted",
                        "deleted_count",
                        "dependencies_removed",
                        "events_removed",
                        "labels_removed",
                        "orphaned_issues",
                        "references_updated");
        assertThat(deleted.get("deleted").toString()).isEqualTo("[\"" + blocked + "\",\"" + third + "\"]");
        assertThat(deleted.get("deleted_count").asInt()).isEqualTo(2);
        assertThat(deleted.get("orphaned_issues").isNull()).isTrue();
    }

    @Test
    void ready_andBlocked_areArrays_blockedCarryingItsBlockers() {
        // Go bd v0.39.1 cmd/bd/ready.go:185: []*Issue from GetReadyWork, labels loaded by scanIssues
        // (internal/storage/sqlite/dependencies.go:917), [] when empty; ready.go:257: []*BlockedIssue
        // (types.go:536) scanned without labels (sqlite/ready.go:505), blocked_by never null (sqlite/ready.go:568).
        JsonNode ready = array(ws.json("ready"), 1);
        assertIssue(ready.get(0));
        assertThat(ready.get(0).get("id").asText()).isEqualTo(blocker);
        assertThat(ready.get(0).get("labels").toString()).isEqualTo("[\"backend\",\"db\"]");
        assertThat(ready.get(0).has("dependencies")).isFalse();
        JsonNode blockedIssues = array(ws.json("blocked"), 1);
        assertIssue(blockedIssues.get(0));
        assertThat(blockedIssues.get(0).get("blocked_by_count").asInt()).isEqualTo(1);
        assertThat(blockedIssues.get(0).get("blocked_by").get(0).asText()).isEqualTo(blocker);
        assertThat(blockedIssues.get(0).has("dependencies")).isFalse();
        assertThat(blockedIssues.get(0).has("labels")).isFalse();
        List<String> keys = fields(blockedIssues.get(0));
        assertThat(keys.subList(keys.size() - 2, keys.size())).containsExactly("blocked_by_count", "blocked_by");
        assertThat(ws.json("ready", "-n", "1", "-a", "nobody").toString()).isEqualTo("[]");
    }

    /** Go bd v0.39.1 internal/types/types.go:550-561, Statistics, every key in its order. */
    private static final List<String> STATISTICS = List.of(
            "total_issues",
            "open_issues",
            "in_progress_issues",
            "closed_issues",
            "blocked_issues",
            "deferred_issues",
            "ready_issues",
            "tombstone_issues",
            "pinned_issues",
            "epics_eligible_for_closure",
            "average_lead_time_hours");

    @Test
    void stats_hasEveryKeyOfGoStatistics_atTheTopAndUnderSummary() {
        // Go bd v0.39.1 cmd/bd/status.go:37 makes stats an alias of status, which prints StatusOutput
        // (status.go:18: {"summary": Statistics, "recent_activity"}); beads-mcp's Stats model reads the
        // Statistics keys at the top. Both are there (docs/DECISIONS.md).
        JsonNode stats = ws.json("stats");
        List<String> top = new ArrayList<>(STATISTICS);
        top.add("summary");
        assertThat(fields(stats)).containsExactlyElementsOf(top);
        assertThat(fields(stats.get("summary"))).containsExactlyElementsOf(STATISTICS);
        assertThat(stats.get("total_issues").asInt()).isEqualTo(2);
        assertThat(stats.get("ready_issues").asInt()).isEqualTo(1);
        assertThat(stats.get("pinned_issues").asInt()).isZero();
        assertThat(stats.get("summary").get("total_issues").asInt()).isEqualTo(2);
        // Go's float64 0 is written 0, not 0.0.
        assertThat(ws.run("stats", "--json").stdout()).contains("\"average_lead_time_hours\": 0\n");
        assertThat(ws.json("status")).isEqualTo(stats);
    }

    @Test
    void stale_search_areArraysOfIssues() {
        // Go bd v0.39.1 cmd/bd/stale.go:86 ([] when empty); search.go:314, IssueWithCounts with labels.
        assertThat(ws.json("stale", "--days", "1").toString()).isEqualTo("[]");
        JsonNode found = array(ws.json("search", "schema"), 1);
        assertIssue(found.get(0));
        assertThat(found.get(0).has("dependent_count")).isTrue();
        assertThat(found.get(0).get("labels").toString()).isEqualTo("[\"backend\",\"db\"]");
        assertThat(array(ws.json("search", "API"), 1).get(0).has("dependencies"))
                .isFalse();
    }

    @Test
    void count_isACount_orTotalAndGroups() {
        assertThat(ws.json("count").get("count").asInt()).isEqualTo(2);
        JsonNode grouped = ws.json("count", "--by-priority");
        assertThat(grouped.get("total").asInt()).isEqualTo(2);
        assertThat(fields(array(grouped.get("groups"), 2).get(0))).containsExactly("group", "count");
        // Go bd v0.39.1 cmd/bd/count.go:370-387: P<n>, "(unassigned)", "(no labels)".
        assertThat(grouped.get("groups").get(0).get("group").asText()).isEqualTo("P1");
        assertThat(ws.json("count", "--by-assignee").get("groups").toString()).contains("\"(unassigned)\"");
        assertThat(ws.json("count", "--by-label").get("groups").toString()).contains("\"(no labels)\"");
    }

    @Test
    void dep_addRemoveTreeCycles() {
        String third = ws.create("Third");
        // Go bd v0.39.1 cmd/bd/dep.go:210 and :299: maps, so sorted keys; remove has no type.
        JsonNode added = ws.json("dep", "add", third, blocked, "-t", "related");
        assertThat(fields(added)).containsExactly("depends_on_id", "issue_id", "status", "type");
        assertThat(added.get("type").asText()).isEqualTo("related");
        // dep.go:427: []*TreeNode, the issue plus depth, parent_id, truncated (types.go:542) and nothing else.
        JsonNode tree = ws.json("dep", "tree", blocked);
        assertThat(tree.isArray()).isTrue();
        assertIssue(tree.get(0));
        assertThat(tree.get(0).get("depth").asInt()).isZero();
        assertThat(tree.get(0).get("parent_id").asText()).isEmpty();
        assertThat(tree.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(tree.get(1).get("parent_id").asText()).isEqualTo(blocked);
        List<String> node = fields(tree.get(1));
        assertThat(node.subList(node.size() - 3, node.size())).containsExactly("depth", "parent_id", "truncated");
        assertThat(node).doesNotContain("dependency_type", "direction", "dependencies", "labels");
        assertThat(array(ws.json("dep", "cycles"), 0)).isEmpty();
        JsonNode removed = ws.json("dep", "remove", third, blocked);
        assertThat(fields(removed)).containsExactly("depends_on_id", "issue_id", "status");
        assertThat(removed.get("status").asText()).isEqualTo("removed");
    }

    @Test
    void labels_and_comments() {
        // Go bd v0.39.1 cmd/bd/label.go:38: maps (sorted keys) saying the operation even when nothing changed.
        JsonNode added = array(ws.json("label", "add", blocker, blocked, "urgent"), 2);
        assertThat(fields(added.get(0))).containsExactly("issue_id", "label", "status");
        assertThat(ws.json("label", "add", blocker, "urgent")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("added");
        assertThat(ws.json("label", "list", blocker).toString()).isEqualTo("[\"backend\",\"db\",\"urgent\"]");
        JsonNode all = ws.json("label", "list-all");
        assertThat(fields(all.get(0))).containsExactly("label", "count");
        assertThat(array(ws.json("label", "remove", blocker, "urgent"), 1)
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("removed");
        JsonNode comment = ws.json("comments", "add", blocker, "Looks good", "--author", "bob");
        assertThat(fields(comment)).containsExactly("id", "issue_id", "author", "text", "created_at");
        assertThat(comment.get("author").asText()).isEqualTo("bob");
        assertThat(array(ws.json("comments", blocker), 1).get(0).get("text").asText())
                .isEqualTo("Looks good");
    }

    @Test
    void epicStatus_withNoEpics_isNull_asGoEncodesItsNilSlice() {
        // Go bd v0.39.1 cmd/bd/epic.go:55 encodes GetEpicsEligibleForClosure's nil slice (sqlite/epics.go:49);
        // --eligible-only filters into []*EpicStatus{} (epic.go:44).
        assertThat(ws.run("epic", "status", "--json").stdout()).isEqualTo("null\n");
        assertThat(ws.json("epic", "status", "--eligible-only").toString()).isEqualTo("[]");
    }

    @Test
    void epicStatus_isAnArrayOfEpicProgress() {
        String epic = ws.create("Epic", "-t", "epic");
        ws.create("Child", "--parent", epic);
        JsonNode epics = array(ws.json("epic", "status"), 1);
        assertThat(fields(epics.get(0)))
                .containsExactly("epic", "total_children", "closed_children", "eligible_for_close");
        assertIssue(epics.get(0).get("epic"));
    }

    @Test
    void config_getSetListUnset() {
        assertThat(ws.json("config", "set", "jira.url", "https://x")
                        .get("value")
                        .asText())
                .isEqualTo("https://x");
        assertThat(ws.json("config", "get", "jira.url").get("value").asText()).isEqualTo("https://x");
        assertThat(ws.json("config", "list").get("issue_prefix").asText()).isEqualTo("test");
        // Go bd v0.39.1 cmd/bd/config.go:235 ({"key"}) and :160 (value "" when not set).
        assertThat(fields(ws.json("config", "unset", "jira.url"))).containsExactly("key");
        assertThat(ws.json("config", "get", "jira.url").get("value").asText()).isEmpty();
        assertThat(fields(ws.json("config", "list"))).isSorted();
    }

    @Test
    void export_and_import_reportCounts() {
        // Go bd v0.39.1 cmd/bd/export.go:527.
        JsonNode exported = ws.json("export", "-o", "out.jsonl");
        assertThat(fields(exported)).containsExactly("exported", "output_file", "skipped", "success", "total_issues");
        assertThat(exported.get("exported").asInt()).isEqualTo(2);
        assertThat(exported.get("output_file").asText()).isEqualTo("out.jsonl");
        JsonNode imported = ws.json("import", "-i", "out.jsonl", "--dry-run");
        assertThat(fields(imported))
                .containsExactly("created", "updated", "unchanged", "dry_run", "changed_ids", "warnings");
        assertThat(imported.get("unchanged").asInt()).isEqualTo(2);
        assertThat(imported.get("warnings")).isEmpty();
    }

    @Test
    void info_version_prime_onboard() {
        JsonNode info = ws.json("info");
        assertThat(info.get("mode").asText()).isEqualTo("direct");
        assertThat(info.get("issue_count").asInt()).isEqualTo(2);
        assertThat(info.get("database_path").asText()).endsWith("beads.db");
        JsonNode version = ws.json("version");
        // Go bd v0.39.1 cmd/bd/version.go:41: map[string]string, so sorted keys; version is Go's.
        assertThat(version.get("version").asText()).isEqualTo("0.39.1");
        assertThat(version.get("build").asText()).startsWith("beads-jvm ");
        assertThat(fields(version)).isSorted();
        assertThat(ws.json("prime").get("primer").asText()).contains("bd ready");
        assertThat(ws.json("onboard").get("snippet").asText()).contains("bd");
    }

    @Test
    void htmlCharacters_areEscapedAsGoDoes() {
        InProcess.Result r = ws.run("show", blocker, "--json");
        assertThat(r.stdout()).contains("Tables \\u0026 \\u003ckeys\\u003e");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }

    private static JsonNode parse(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
