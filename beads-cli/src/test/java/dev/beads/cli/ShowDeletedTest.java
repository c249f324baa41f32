package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd show} of a deleted issue (a tombstone): Go bd says {@code no issue found} on stderr (v0.49.6
 * cmd/bd/testdata/delete.txt matches it); ours adds when and by whom, exits 3, and shows the tombstone only with
 * {@code --include-deleted}.
 */
class ShowDeletedTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String id;

    @BeforeEach
    void aDeletedIssue() {
        ws = Workspace.init(dir);
        id = ws.create("Doomed");
        InProcess.Result deleted = ws.bd().env("BD_ACTOR", "carol").run("delete", id, "--force");
        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    }

    @Test
    void show_saysNoIssueFound_withWhenAndWho_exit3() {
        for (String[] args : new String[][] {{"show", id}, {"show", id, "--json"}}) {
            InProcess.Result r = ws.run(args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(r.stdout()).as(r.toString()).doesNotContain("Doomed");
            assertThat(r.stderr())
                    .as(r.toString())
                    .contains("no issue found matching \"" + id + "\"")
                    .containsPattern(id + " was deleted at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d by carol")
                    .contains("--include-deleted");
        }
    }

    @Test
    void includeDeleted_showsTheTombstone_inTextAndJson() {
        InProcess.Result text = ws.run("show", id, "--include-deleted");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stdout())
                .contains("Doomed")
                .contains("Status: tombstone")
                .containsPattern("Deleted: .* by carol");

        JsonNode json = ws.json("show", id, "--include-deleted");
        assertThat(json.get(0).get("id").asText()).isEqualTo(id);
        assertThat(json.get(0).get("status").asText()).isEqualTo("tombstone");
        assertThat(json.get(0).get("deleted_by").asText()).isEqualTo("carol");
    }

    @Test
    void aLiveIssueAmongTheIds_isStillShown() {
        String alive = ws.create("Alive");
        InProcess.Result r = ws.run("show", alive, id);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.stdout()).contains("Alive").doesNotContain("Doomed");
        assertThat(r.stderr()).contains("no issue found matching \"" + id + "\"");
    }
}
