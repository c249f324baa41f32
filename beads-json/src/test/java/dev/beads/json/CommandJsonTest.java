package dev.beads.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Timestamps;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole documents the CLI prints and the daemon answers in Go's format, compact as Go's json.Marshal writes. */
class CommandJsonTest {
    private static final String T = Timestamps.format(Fixtures.T0);
    private static final IssueId A = IssueId.of("bd-a");
    private static final IssueId B = IssueId.of("bd-b");

    private static String row(String id, String title) {
        return "\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"status\":\"open\",\"priority\":2,"
                + "\"issue_type\":\"task\",\"created_at\":\"" + T + "\",\"updated_at\":\"" + T + "\"";
    }

    private static Issue withEdgeAndLabel() {
        return Fixtures.issue("bd-a", "A")
                .labels(List.of("l"))
                .dependencies(List.of(Dependency.of(A, B, DependencyType.BLOCKS, Fixtures.T0, "x")))
                .comments(List.of(new Comment(1, A, "x", "c", Fixtures.T0)))
                .build();
    }

    @Test
    void issue_keepsTheLabels_dropsEdgesAndComments() {
        assertThat(GoJson.compact(CommandJson.issue(withEdgeAndLabel())))
                .isEqualTo("{" + row("bd-a", "A") + ",\"labels\":[\"l\"]}");
    }

    @Test
    void list_countsEachIssuesEdges_andItsDependentsFromTheWholeSet() {
        Issue a = withEdgeAndLabel();
        Issue b = Fixtures.issue("bd-b", "B").build();
        Map<IssueId, Integer> dependents = CommandJson.dependentCounts(List.of(a, b));
        assertThat(dependents).containsExactly(Map.entry(B, 1));
        assertThat(GoJson.compact(CommandJson.list(List.of(a, b), dependents)))
                .isEqualTo(
                        "[{" + row("bd-a", "A") + ",\"labels\":[\"l\"],\"dependency_count\":1,\"dependent_count\":0},"
                                + "{" + row("bd-b", "B") + ",\"dependency_count\":0,\"dependent_count\":1}]");
    }

    @Test
    void blockedTreeAndComments_areArraysOfTheirShapes() {
        Issue b = Fixtures.issue("bd-b", "B").build();
        assertThat(GoJson.compact(CommandJson.blocked(List.of(new BlockedIssue(withEdgeAndLabel(), List.of(B))))))
                .isEqualTo("[{" + row("bd-a", "A") + ",\"blocked_by_count\":1,\"blocked_by\":[\"bd-b\"]}]");
        assertThat(GoJson.compact(CommandJson.tree(List.of(
                        new TreeNode(b, 0, null, null, false, TreeDirection.DOWN),
                        new TreeNode(withEdgeAndLabel(), 1, B, DependencyType.BLOCKS, true, TreeDirection.DOWN)))))
                .isEqualTo("[{" + row("bd-b", "B") + ",\"depth\":0,\"parent_id\":\"\",\"truncated\":false},{"
                        + row("bd-a", "A") + ",\"depth\":1,\"parent_id\":\"bd-b\",\"truncated\":true}]");
        Comment c = new Comment(3, A, "bob", "hi", Fixtures.T0);
        String comment =
                "{\"id\":3,\"issue_id\":\"bd-a\",\"author\":\"bob\",\"text\":\"hi\",\"created_at\":\"" + T + "\"}";
        assertThat(GoJson.compact(CommandJson.comments(List.of(c, c)))).isEqualTo("[" + comment + "," + comment + "]");
        assertThat(GoJson.compact(CommandJson.comments(List.of()))).isEqualTo("[]");
        assertThat(GoJson.compact(CommandJson.comment(c))).isEqualTo(comment);
    }

    @Test
    void epics_areNullWhenThereAreNone_unlessOnlyTheEligibleWereAskedFor() {
        assertThat(GoJson.compact(CommandJson.epics(List.of(), false))).isEqualTo("null");
        assertThat(GoJson.compact(CommandJson.epics(List.of(), true))).isEqualTo("[]");
        Issue epic = Fixtures.issue("bd-e", "E").issueType(IssueType.EPIC).build();
        assertThat(GoJson.compact(CommandJson.epics(List.of(new EpicStatus(epic, 2, 1, false)), false)))
                .isEqualTo("[{\"epic\":{" + row("bd-e", "E").replace("\"task\"", "\"epic\"")
                        + "},\"total_children\":2,\"closed_children\":1,\"eligible_for_close\":false}]");
    }

    @Test
    void count_isOneNumber_orTheTotalAndGroupsInGosNames() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put("open", 2);
        groups.put("(none)", 1);
        CountResult result = new CountResult(3, groups);
        assertThat(GoJson.compact(CommandJson.count(result, null))).isEqualTo("{\"count\":3}");
        assertThat(GoJson.compact(CommandJson.count(result, CountGroup.ASSIGNEE)))
                .isEqualTo("{\"total\":3,\"groups\":[{\"group\":\"open\",\"count\":2},"
                        + "{\"group\":\"(unassigned)\",\"count\":1}]}");
        assertThat(CommandJson.groupName(CountGroup.LABEL, "(none)")).isEqualTo("(no labels)");
        assertThat(CommandJson.groupName(CountGroup.LABEL, "x")).isEqualTo("x");
    }

    @Test
    void labelAndDependencyChanges_areGosSortedMaps() {
        assertThat(GoJson.compact(CommandJson.labelChanges("added", List.of(A, B), "l")))
                .isEqualTo("[{\"issue_id\":\"bd-a\",\"label\":\"l\",\"status\":\"added\"},"
                        + "{\"issue_id\":\"bd-b\",\"label\":\"l\",\"status\":\"added\"}]");
        Dependency d = Dependency.of(A, B, DependencyType.RELATED, Fixtures.T0, "x");
        assertThat(GoJson.compact(CommandJson.dependencyAdded(d)))
                .isEqualTo(
                        "{\"depends_on_id\":\"bd-b\",\"issue_id\":\"bd-a\",\"status\":\"added\",\"type\":\"related\"}");
        assertThat(GoJson.compact(CommandJson.dependencyRemoved(d)))
                .isEqualTo("{\"depends_on_id\":\"bd-b\",\"issue_id\":\"bd-a\",\"status\":\"removed\"}");
    }

    @Test
    void imported_countsIdsAndWarnings_inOrder() {
        ImportResult r = new ImportResult(
                1, 2, 3, List.of(A, B), true, List.of(new ImportWarning(4, "bd-a", "title", "too long")));
        assertThat(GoJson.compact(CommandJson.imported(r)))
                .isEqualTo(
                        "{\"created\":1,\"updated\":2,\"unchanged\":3,\"dry_run\":true,\"changed_ids\":[\"bd-a\","
                                + "\"bd-b\"],\"warnings\":[{\"line\":4,\"id\":\"bd-a\",\"rule\":\"title\",\"message\":\"too long\"}]}");
    }

    @Test
    void compact_escapesAsGoDoes() {
        assertThat(GoJson.compact(Shapes.strings(List.of("<a> & b")))).isEqualTo("[\"\\u003ca\\u003e \\u0026 b\"]");
    }
}
