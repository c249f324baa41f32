package dev.beads.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(dev.beads.core.model.Issue issue) throws Exception {
        return JSON.readTree(GoJson.toString(g -> IssueJson.write(g, issue)));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void minimalIssue_hasOnlyTheAlwaysFieldsAndItsNonEmptyOnes() throws Exception {
        JsonNode node = render(Fixtures.issue("bd-a1", "Title").build());
        assertThat(keys(node))
                .containsExactly("id", "title", "status", "priority", "issue_type", "created_at", "updated_at");
        assertThat(node.get("priority").asInt()).isEqualTo(2);
        assertThat(node.get("created_at").asText()).isEqualTo("2025-01-02T03:04:05.123456789-08:00");
    }

    @Test
    void priorityZero_isWritten() throws Exception {
        JsonNode node = render(Fixtures.issue("bd-a1", "T")
                .priority(dev.beads.core.model.Priority.of(0))
                .build());
        assertThat(node.get("priority").asInt()).isZero();
    }

    @Test
    void fullIssue_followsGoStructOrder_withUnknownKeysLast() throws Exception {
        IssueId id = IssueId.of("bd-a1");
        JsonNode node = render(Fixtures.issue("bd-a1", "T")
                .description("d")
                .notes("n")
                .status(Status.CLOSED)
                .closedAt(Fixtures.T0)
                .closeReason("done")
                .assignee("alice")
                .estimatedMinutes(30)
                .labels(List.of("z", "a"))
                .dependencies(
                        List.of(Dependency.of(id, IssueId.of("bd-b2"), DependencyType.BLOCKS, Fixtures.T0, "alice")))
                .comments(List.of(new Comment(7, id, "bob", "hi", Fixtures.T0)))
                .extra(Map.of("zz_custom", RawJson.of("{\"k\":[1,2]}")))
                .build());
        assertThat(keys(node))
                .containsExactly(
                        "id",
                        "title",
                        "description",
                        "notes",
                        "status",
                        "priority",
                        "issue_type",
                        "assignee",
                        "estimated_minutes",
                        "created_at",
                        "updated_at",
                        "closed_at",
                        "close_reason",
                        "labels",
                        "dependencies",
                        "comments",
                        "zz_custom");
        assertThat(node.get("labels").toString()).isEqualTo("[\"a\",\"z\"]");
        assertThat(node.get("dependencies").get(0).get("depends_on_id").asText())
                .isEqualTo("bd-b2");
        assertThat(node.get("dependencies").get(0).get("type").asText()).isEqualTo("blocks");
        assertThat(node.get("comments").get(0).get("id").asLong()).isEqualTo(7);
        assertThat(node.get("zz_custom").get("k").get(1).asInt()).isEqualTo(2);
    }

    /** Every field of Go's types.Issue, in Go's order, each with its value (tombstones and later fields included). */
    @Test
    void everyFieldThatIsSet_isWritten_inGosOrder_withItsValue() throws Exception {
        String t = dev.beads.core.model.Timestamps.format(Fixtures.T0);
        IssueId id = IssueId.of("bd-f");
        JsonNode node = render(Fixtures.issue("bd-f", "F")
                .description("d")
                .design("g")
                .acceptanceCriteria("ac")
                .notes("n")
                .assignee("a")
                .estimatedMinutes(0)
                .createdBy("cb")
                .closedAt(Fixtures.T0)
                .closeReason("cr")
                .externalRef("gh-1")
                .compactionLevel(2)
                .compactedAt(Fixtures.T0)
                .compactedAtCommit("abc")
                .originalSize(99)
                .deletedAt(Fixtures.T0)
                .deletedBy("db")
                .deleteReason("dr")
                .originalType("bug")
                .sender("s")
                .ephemeral(true)
                .pinned(true)
                .isTemplate(true)
                .bondedFrom(RawJson.of("[1]"))
                .creator(RawJson.of("{\"c\":1}"))
                .validations(RawJson.of("[2]"))
                .awaitType("timer")
                .awaitId("aw")
                .timeout(RawJson.of("3"))
                .waiters(RawJson.of("[\"w\"]"))
                .sourceFormula("sf")
                .sourceLocation("sl")
                .dependencies(List.of(Dependency.of(id, IssueId.of("bd-g"), DependencyType.RELATED, Fixtures.T0, "by")))
                .build());
        assertThat(node.toString())
                .isEqualTo("{\"id\":\"bd-f\",\"title\":\"F\",\"description\":\"d\",\"design\":\"g\","
                        + "\"acceptance_criteria\":\"ac\",\"notes\":\"n\",\"status\":\"open\",\"priority\":2,"
                        + "\"issue_type\":\"task\",\"assignee\":\"a\",\"estimated_minutes\":0,\"created_at\":\"" + t
                        + "\",\"created_by\":\"cb\",\"updated_at\":\"" + t + "\",\"closed_at\":\"" + t
                        + "\",\"close_reason\":\"cr\",\"external_ref\":\"gh-1\",\"compaction_level\":2,"
                        + "\"compacted_at\":\"" + t + "\",\"compacted_at_commit\":\"abc\",\"original_size\":99,"
                        + "\"dependencies\":[{\"issue_id\":\"bd-f\",\"depends_on_id\":\"bd-g\",\"type\":\"related\","
                        + "\"created_at\":\"" + t + "\",\"created_by\":\"by\"}],"
                        + "\"deleted_at\":\"" + t + "\",\"deleted_by\":\"db\",\"delete_reason\":\"dr\","
                        + "\"original_type\":\"bug\",\"sender\":\"s\",\"ephemeral\":true,\"pinned\":true,"
                        + "\"is_template\":true,\"bonded_from\":[1],\"creator\":{\"c\":1},\"validations\":[2],"
                        + "\"await_type\":\"timer\",\"await_id\":\"aw\",\"timeout\":3,\"waiters\":[\"w\"],"
                        + "\"source_formula\":\"sf\",\"source_location\":\"sl\"}");
    }
}
