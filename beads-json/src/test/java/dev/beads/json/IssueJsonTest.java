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
}
