package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd list --tree[=true|false]}: newer Go bd's tree view (v0.49.6 cmd/bd/list.go, {@code --tree} an alias of
 * {@code --pretty}: children under their parents, connectors {@code ├── └── │}); {@code --tree=false} is the flat
 * list, and {@code --json} is the same array with or without it.
 */
class ListTreeTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String epic;
    private String first;
    private String second;
    private String loose;

    @BeforeEach
    void anEpicWithTwoChildren_andALooseTask() {
        ws = Workspace.init(dir);
        epic = ws.create("Big epic", "-t", "epic", "-p", "1");
        first = ws.create("First child", "--parent", epic, "-p", "2");
        second = ws.create("Second child", "--parent", epic, "-p", "3");
        loose = ws.create("Loose bug", "-t", "bug", "-p", "0");
        assertThat(ws.run("update", second, "--status", "in_progress").exitCode())
                .isZero();
    }

    @Test
    void tree_drawsChildrenUnderTheirParent_byPriority_withGoBdsTotals() {
        InProcess.Result r = ws.run("list", "--tree");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines.subList(0, 4))
                .containsExactly(
                        "○ " + loose + " ● P0 [bug] Loose bug",
                        "○ " + epic + " ● P1 [epic] Big epic",
                        "├── ○ " + first + " ● P2 First child",
                        "└── ◐ " + second + " ● P3 Second child");
        assertThat(lines).contains("Total: 4 issues (3 open, 1 in progress)");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Status: ○ open  ◐ in_progress  ● blocked  ✓ closed  ❄ deferred");
        assertThat(ws.run("list", "--tree=true").stdout()).isEqualTo(r.stdout());
    }

    @Test
    void treeFalse_isTheFlatList() {
        InProcess.Result flat = ws.run("list");
        InProcess.Result treeFalse = ws.run("list", "--tree=false");
        assertThat(treeFalse.exitCode()).as(treeFalse.toString()).isZero();
        assertThat(treeFalse.stdout()).isEqualTo(flat.stdout()).doesNotContain("└──");
    }

    @Test
    void json_isTheSameArray_withOrWithoutTree() {
        JsonNode plain = ws.json("list");
        assertThat(ws.json("list", "--tree=false")).isEqualTo(plain);
        assertThat(ws.json("list", "--tree")).isEqualTo(plain);
        assertThat(plain).hasSize(4);
    }

    @Test
    void aBadTreeValue_isAUsageError() {
        InProcess.Result r = ws.run("list", "--tree=maybe");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("--tree");
    }
}
