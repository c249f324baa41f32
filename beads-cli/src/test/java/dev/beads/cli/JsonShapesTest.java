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
 * Golden shapes: every command's {@code --json} output parses and has Go bd's shape (v0.39 cmd/bd): issue objects
 * with the JSONL field names, arrays where Go prints arrays, and the documented extra fields.
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
    void createFromMarkdown_isAnArrayOfIssues() throws Exception {
        Files.writeString(dir.resolve("plan.md"), "## One\nFirst\n### Priority\n1\n## Two\n### Type\nbug\n");
        JsonNode created = array(ws.json("create", "-f", "plan.md"), 2);
        created.forEach(JsonShapesTest::assertIssue);
        assertThat(created.get(1).get("issue_type").asText()).isEqualTo("bug");
    }

    @Test
    void list_isAnArrayOfIssuesWithCounts() {
        JsonNode list = array(ws.json("list"), 2);
        for (JsonNode i : list) {
            assertIssue(i);
            assertThat(i.get("dependency_count").isInt()).isTrue();
            assertThat(i.get("dependent_count").isInt()).isTrue();
        }
        JsonNode schema = find(list, blocker);
        assertThat(schema.get("dependent_count").asInt()).isEqualTo(1);
        assertThat(schema.get("labels").toString()).isEqualTo("[\"backend\",\"db\"]");
        assertThat(find(list, blocked).get("dependency_count").asInt()).isEqualTo(1);
        assertThat(find(list, blocked)
                        .get("dependencies")
                        .get(0)
                        .get("depends_on_id")
                        .asText())
                .isEqualTo(blocker);
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
    void update_close_reopen_areArraysOfIssues() {
        JsonNode updated = array(ws.json("update", blocked, "--status", "in_progress", "--add-label", "api"), 1);
        assertIssue(updated.get(0));
        assertThat(updated.get(0).get("status").asText()).isEqualTo("in_progress");
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
        JsonNode deleted = ws.json("delete", blocker, "--force");
        assertThat(deleted.get("deleted").asText()).isEqualTo(blocker);
        assertThat(deleted.get("dependencies_removed").asInt()).isEqualTo(1);
        assertThat(deleted.get("references_updated").asInt()).isZero();
        assertThat(ws.json("list")).hasSize(1);
    }

    @Test
    void ready_andBlocked_areArrays_blockedCarryingItsBlockers() {
        JsonNode ready = array(ws.json("ready"), 1);
        assertIssue(ready.get(0));
        assertThat(ready.get(0).get("id").asText()).isEqualTo(blocker);
        JsonNode blockedIssues = array(ws.json("blocked"), 1);
        assertIssue(blockedIssues.get(0));
        assertThat(blockedIssues.get(0).get("blocked_by_count").asInt()).isEqualTo(1);
        assertThat(blockedIssues.get(0).get("blocked_by").get(0).asText()).isEqualTo(blocker);
        assertThat(ws.json("ready", "-n", "1", "-a", "nobody")).isEmpty();
    }

    @Test
    void stats_hasGoStatisticsFields() {
        JsonNode stats = ws.json("stats");
        assertThat(fields(stats))
                .contains(
                        "total_issues",
                        "open_issues",
                        "in_progress_issues",
                        "closed_issues",
                        "blocked_issues",
                        "ready_issues",
                        "epics_eligible_for_closure",
                        "average_lead_time_hours");
        assertThat(stats.get("total_issues").asInt()).isEqualTo(2);
        assertThat(stats.get("ready_issues").asInt()).isEqualTo(1);
    }

    @Test
    void stale_search_areArraysOfIssues() {
        assertThat(ws.json("stale", "--days", "1").isArray()).isTrue();
        JsonNode found = array(ws.json("search", "schema"), 1);
        assertIssue(found.get(0));
        assertThat(found.get(0).has("dependent_count")).isTrue();
    }

    @Test
    void count_isACount_orTotalAndGroups() {
        assertThat(ws.json("count").get("count").asInt()).isEqualTo(2);
        JsonNode grouped = ws.json("count", "--by-priority");
        assertThat(grouped.get("total").asInt()).isEqualTo(2);
        assertThat(fields(array(grouped.get("groups"), 2).get(0))).containsExactly("group", "count");
    }

    @Test
    void dep_addRemoveTreeCycles() {
        String third = ws.create("Third");
        JsonNode added = ws.json("dep", "add", third, blocked, "-t", "related");
        assertThat(fields(added)).containsExactly("status", "issue_id", "depends_on_id", "type");
        assertThat(added.get("type").asText()).isEqualTo("related");
        JsonNode tree = ws.json("dep", "tree", blocked);
        assertThat(tree.isArray()).isTrue();
        assertIssue(tree.get(0));
        assertThat(tree.get(0).get("depth").asInt()).isZero();
        assertThat(tree.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(tree.get(1).get("parent_id").asText()).isEqualTo(blocked);
        assertThat(tree.get(1).has("truncated")).isTrue();
        assertThat(array(ws.json("dep", "cycles"), 0)).isEmpty();
        assertThat(ws.json("dep", "remove", third, blocked).get("status").asText())
                .isEqualTo("removed");
    }

    @Test
    void labels_and_comments() {
        JsonNode added = array(ws.json("label", "add", blocker, blocked, "urgent"), 2);
        assertThat(fields(added.get(0))).containsExactly("status", "issue_id", "label");
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
        assertThat(ws.json("config", "unset", "jira.url").get("removed").asBoolean())
                .isTrue();
        assertThat(ws.json("config", "get", "jira.url").get("value").isNull()).isTrue();
    }

    @Test
    void export_and_import_reportCounts() {
        JsonNode exported = ws.json("export", "-o", "out.jsonl");
        assertThat(exported.get("exported").asInt()).isEqualTo(2);
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
        assertThat(ws.json("version").get("version").asText()).isNotBlank();
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
