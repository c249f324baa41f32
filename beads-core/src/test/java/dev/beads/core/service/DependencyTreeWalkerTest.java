package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependencyTreeWalkerTest {
    private final Map<IssueId, Issue> issues = new HashMap<>();

    private void add(String... ids) {
        for (String value : ids) {
            issues.put(id(value), issue(value).build());
        }
    }

    private static Dependency edge(String from, String to, DependencyType type) {
        return Dependency.of(id(from), id(to), type, T0, "");
    }

    private List<TreeNode> walk(String root, TreeDirection direction, int maxDepth, Dependency... edges) {
        DependencyGraph graph = DependencyGraph.of(List.of(edges));
        return new DependencyTreeWalker(graph, i -> Optional.ofNullable(issues.get(i)), maxDepth)
                .walk(issues.get(id(root)), direction);
    }

    private static List<String> lines(List<TreeNode> nodes) {
        return nodes.stream()
                .map(n -> n.depth() + " " + n.issue().id() + " <" + n.parentId() + " " + n.type() + " " + n.direction()
                        + (n.truncated() ? " …" : ""))
                .toList();
    }

    @Test
    void down_followsOutgoingEdgesDepthFirstWithChildrenInIdOrder() {
        add("r", "a", "b", "c");
        List<TreeNode> tree = walk(
                "r",
                TreeDirection.DOWN,
                10,
                edge("r", "b", DependencyType.BLOCKS),
                edge("r", "a", DependencyType.PARENT_CHILD),
                edge("a", "c", DependencyType.BLOCKS));
        assertThat(lines(tree))
                .containsExactly(
                        "0 r <null null DOWN", "1 a <r parent-child DOWN", "2 c <a blocks DOWN", "1 b <r blocks DOWN");
    }

    @Test
    void up_followsDependents() {
        add("r", "a", "b");
        List<TreeNode> tree = walk(
                "r",
                TreeDirection.UP,
                10,
                edge("a", "r", DependencyType.BLOCKS),
                edge("b", "a", DependencyType.BLOCKS));
        assertThat(lines(tree)).containsExactly("0 r <null null DOWN", "1 a <r blocks UP", "2 b <a blocks UP");
    }

    @Test
    void both_isTheRootThenTheDownSubtreeThenTheUpSubtree() {
        add("r", "down", "up");
        List<TreeNode> tree = walk(
                "r",
                TreeDirection.BOTH,
                10,
                edge("r", "down", DependencyType.BLOCKS),
                edge("up", "r", DependencyType.BLOCKS));
        assertThat(lines(tree)).containsExactly("0 r <null null DOWN", "1 down <r blocks DOWN", "1 up <r blocks UP");
    }

    @Test
    void maxDepth_stopsTheWalkAndMarksNodesWithChildrenLeft() {
        add("r", "a", "b", "leaf");
        Dependency[] edges = {
            edge("r", "a", DependencyType.BLOCKS),
            edge("a", "b", DependencyType.BLOCKS),
            edge("r", "leaf", DependencyType.BLOCKS)
        };
        assertThat(lines(walk("r", TreeDirection.DOWN, 1, edges)))
                .containsExactly("0 r <null null DOWN", "1 a <r blocks DOWN …", "1 leaf <r blocks DOWN");
        assertThat(lines(walk("r", TreeDirection.DOWN, 0, edges))).containsExactly("0 r <null null DOWN …");
    }

    @Test
    void aCycle_isNotEnteredTwiceOnOnePath() {
        add("a", "b");
        List<TreeNode> tree = walk(
                "a",
                TreeDirection.DOWN,
                50,
                edge("a", "b", DependencyType.BLOCKS),
                edge("b", "a", DependencyType.BLOCKS));
        assertThat(lines(tree)).containsExactly("0 a <null null DOWN", "1 b <a blocks DOWN");
    }

    @Test
    void aDiamond_showsTheSharedNodeUnderEachParent() {
        add("r", "a", "b", "shared");
        List<TreeNode> tree = walk(
                "r",
                TreeDirection.DOWN,
                5,
                edge("r", "a", DependencyType.BLOCKS),
                edge("r", "b", DependencyType.BLOCKS),
                edge("a", "shared", DependencyType.BLOCKS),
                edge("b", "shared", DependencyType.BLOCKS));
        assertThat(tree).extracting(n -> n.issue().id().value()).containsExactly("r", "a", "shared", "b", "shared");
    }

    @Test
    void missingIdsAndTombstones_areLeftOut() {
        add("r", "live");
        issues.put(id("gone"), issue("gone").status(Status.TOMBSTONE).build());
        List<TreeNode> tree = walk(
                "r",
                TreeDirection.DOWN,
                5,
                edge("r", "external-1", DependencyType.BLOCKS),
                edge("r", "gone", DependencyType.BLOCKS),
                edge("r", "live", DependencyType.BLOCKS));
        assertThat(tree).extracting(n -> n.issue().id().value()).containsExactly("r", "live");
        assertThat(tree.getFirst().truncated()).isFalse();
    }
}
