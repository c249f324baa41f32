package dev.beads.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(JsonBody body) throws Exception {
        return JSON.readTree(GoJson.toString(body));
    }

    @Test
    void details_replaceTheEdgeRecordsWithRelatedIssues_andNameTheParent() throws Exception {
        IssueId child = IssueId.of("bd-e1.1");
        Issue epic = Fixtures.issue("bd-e1", "Epic").issueType(IssueType.EPIC).build();
        Issue blocker = Fixtures.issue("bd-b1", "Blocker").labels(List.of("x")).build();
        Issue issue = Fixtures.issue("bd-e1.1", "Child")
                .labels(List.of("backend"))
                .dependencies(List.of(
                        Dependency.of(child, epic.id(), DependencyType.PARENT_CHILD, Fixtures.T0, "a"),
                        Dependency.of(child, blocker.id(), DependencyType.BLOCKS, Fixtures.T0, "a")))
                .build();
        IssueDetails details = new IssueDetails(
                issue,
                List.of(
                        new IssueDetails.Related(epic, DependencyType.PARENT_CHILD),
                        new IssueDetails.Related(blocker, DependencyType.BLOCKS)),
                List.of());
        JsonNode node = render(g -> Shapes.details(g, details));
        assertThat(node.get("labels").get(0).asText()).isEqualTo("backend");
        assertThat(node.get("dependencies")).hasSize(2);
        assertThat(node.get("dependencies").get(1).get("id").asText()).isEqualTo("bd-b1");
        assertThat(node.get("dependencies").get(1).get("dependency_type").asText())
                .isEqualTo("blocks");
        assertThat(node.get("dependencies").get(1).has("labels")).isFalse();
        assertThat(node.has("dependents")).isFalse();
        assertThat(node.get("parent").asText()).isEqualTo("bd-e1");
    }

    @Test
    void blocked_addsCountAndIds() throws Exception {
        BlockedIssue b = new BlockedIssue(Fixtures.issue("bd-a", "A").build(), List.of(IssueId.of("bd-b")));
        JsonNode node = render(g -> Shapes.blocked(g, b));
        assertThat(node.get("blocked_by_count").asInt()).isEqualTo(1);
        assertThat(node.get("blocked_by").get(0).asText()).isEqualTo("bd-b");
        assertThat(node.get("id").asText()).isEqualTo("bd-a");
    }

    @Test
    void treeNode_addsDepthParentAndTruncated() throws Exception {
        TreeNode root = new TreeNode(Fixtures.issue("bd-a", "A").build(), 0, null, null, false, TreeDirection.DOWN);
        TreeNode leaf = new TreeNode(
                Fixtures.issue("bd-b", "B").build(),
                1,
                IssueId.of("bd-a"),
                DependencyType.BLOCKS,
                true,
                TreeDirection.DOWN);
        assertThat(render(g -> Shapes.treeNode(g, root)).get("parent_id").asText())
                .isEmpty();
        JsonNode node = render(g -> Shapes.treeNode(g, leaf));
        assertThat(node.get("depth").asInt()).isEqualTo(1);
        assertThat(node.get("parent_id").asText()).isEqualTo("bd-a");
        assertThat(node.get("truncated").asBoolean()).isTrue();
        assertThat(node.has("dependency_type")).isFalse();
        assertThat(node.has("direction")).isFalse();
    }

    @Test
    void statistics_useGoFieldNames() throws Exception {
        JsonNode node = render(Shapes.statistics(new Statistics(10, 4, 2, 1, 3, 0, 5, 7, 2, 1, 12.5)));
        assertThat(node.get("total_issues").asInt()).isEqualTo(10);
        assertThat(node.get("open_issues").asInt()).isEqualTo(4);
        assertThat(node.get("in_progress_issues").asInt()).isEqualTo(2);
        assertThat(node.get("blocked_issues").asInt()).isEqualTo(1);
        assertThat(node.get("closed_issues").asInt()).isEqualTo(3);
        assertThat(node.get("ready_issues").asInt()).isEqualTo(5);
        assertThat(node.get("tombstone_issues").asInt()).isEqualTo(7);
        assertThat(node.get("pinned_issues").asInt()).isEqualTo(2);
        assertThat(node.get("epics_eligible_for_closure").asInt()).isEqualTo(1);
        assertThat(node.get("average_lead_time_hours").asDouble()).isEqualTo(12.5);
    }

    @Test
    void floats_areWrittenAsGoWritesThem() {
        // Go's encoding/json: strconv 'f' format, shortest repr, no ".0" for whole numbers.
        assertThat(GoJson.toString(g -> Shapes.goFloat(g, 0))).isEqualTo("0\n");
        assertThat(GoJson.toString(g -> Shapes.goFloat(g, 12.0))).isEqualTo("12\n");
        assertThat(GoJson.toString(g -> Shapes.goFloat(g, 12.5))).isEqualTo("12.5\n");
        assertThat(GoJson.toString(g -> Shapes.goFloat(g, 0.1 + 0.2))).isEqualTo("0.30000000000000004\n");
        assertThat(GoJson.toString(g -> Shapes.goFloat(g, 1e-5))).isEqualTo("0.00001\n");
    }

    @Test
    void epicStatus_nestsTheEpic() throws Exception {
        EpicStatus e = new EpicStatus(
                Fixtures.issue("bd-e", "E").issueType(IssueType.EPIC).build(), 3, 3, true);
        JsonNode node = render(g -> Shapes.epicStatus(g, e));
        assertThat(node.get("epic").get("id").asText()).isEqualTo("bd-e");
        assertThat(node.get("total_children").asInt()).isEqualTo(3);
        assertThat(node.get("closed_children").asInt()).isEqualTo(3);
        assertThat(node.get("eligible_for_close").asBoolean()).isTrue();
    }

    @Test
    void object_keepsInsertionOrder_andWritesListsAndNulls() throws Exception {
        String text = GoJson.toString(Shapes.object(Shapes.ordered("b", 1, "a", List.of("x"), "c", null)));
        assertThat(text).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    \"x\"\n  ],\n  \"c\": null\n}\n");
    }
}
