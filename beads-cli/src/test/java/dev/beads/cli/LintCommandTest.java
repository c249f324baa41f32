package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd lint}, as newer Go bd's cmd/bd/lint.go (v0.49.6): the sections each type's template expects
 * (internal/types/types.go:577), found case-insensitively in the description; exit 1 when there are warnings
 * (text), 0 with {@code --json}, as Go's.
 */
class LintCommandTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String bug;
    private String task;

    @BeforeEach
    void issuesWithAndWithoutTheirSections() {
        ws = Workspace.init(dir);
        bug = ws.create("Bug without sections", "-t", "bug", "-d", "It crashes. ## Acceptance criteria: no crash");
        task = ws.create("Task with its section", "-t", "task", "-d", "## Acceptance Criteria\n- done");
        ws.create("Simple chore", "-t", "chore");
    }

    @Test
    void warnings_areListed_andExit1() {
        InProcess.Result r = ws.run("lint");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout())
                .startsWith("Template warnings (1 issues, 1 warnings):\n\n")
                .contains(bug + " [bug]: Bug without sections\n  ⚠ Missing: ## Steps to Reproduce\n")
                .doesNotContain("Acceptance")
                .doesNotContain(task);
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void noWarnings_exit0() {
        InProcess.Result r = ws.run("lint", task);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo("✓ No template warnings found (1 issues checked)\n");
    }

    @Test
    void json_isGoBdsShape_andExit0() {
        JsonNode j = ws.json("lint");
        assertThat(j.get("total").asInt()).isEqualTo(1);
        assertThat(j.get("issues").asInt()).isEqualTo(1);
        JsonNode result = j.get("results").get(0);
        assertThat(result.get("id").asText()).isEqualTo(bug);
        assertThat(result.get("title").asText()).isEqualTo("Bug without sections");
        assertThat(result.get("type").asText()).isEqualTo("bug");
        assertThat(result.get("missing")).hasSize(1);
        assertThat(result.get("missing").get(0).asText()).isEqualTo("## Steps to Reproduce");
        assertThat(result.get("warnings").asInt()).isEqualTo(1);

        assertThat(ws.json("lint", task).get("results").isNull())
                .as("Go's nil slice")
                .isTrue();
    }

    @Test
    void closedIssues_areLintedOnlyWithStatusAll_andTypeFilters() {
        assertThat(ws.run("close", bug).exitCode()).isZero();
        assertThat(ws.run("lint").exitCode()).isZero();
        assertThat(ws.run("lint", "--status", "all").exitCode()).isEqualTo(1);
        assertThat(ws.run("lint", "--status", "all", "-t", "task").exitCode()).isZero();
    }

    @Test
    void anUnknownId_isReported_andExit3() {
        InProcess.Result r = ws.run("lint", "test-zzzzzz");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.stderr()).contains("no issue found");
    }
}
