package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd comment <id> <text>}: Go bd v0.39.1's short form of {@code bd comments add} (cmd/bd/comments.go
 * {@code commentCmd}: the same run, flags {@code -f/--file} and {@code -a/--author}).
 */
class CommentCommandTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String id;

    @BeforeEach
    void anIssue() {
        ws = Workspace.init(dir);
        id = ws.create("Needs a word");
    }

    @Test
    void comment_addsTheText_asTheGivenAuthor() {
        InProcess.Result r = ws.run("comment", id, "Working on this now", "-a", "bob");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("Comment added to " + id);

        JsonNode comments = ws.json("comments", id);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("text").asText()).isEqualTo("Working on this now");
        assertThat(comments.get(0).get("author").asText()).isEqualTo("bob");
    }

    @Test
    void comment_readsTheTextFromAFile_andPrintsTheCommentAsJson() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "From a file");
        JsonNode added = ws.json("comment", id, "-f", "notes.txt", "--author", "carol");
        assertThat(added.get("text").asText()).isEqualTo("From a file");
        assertThat(added.get("author").asText()).isEqualTo("carol");
        assertThat(added.get("issue_id").asText()).isEqualTo(id);
    }

    @Test
    void commentWithoutText_isAUsageError_inGoBdsWords_andAddsNothing() {
        InProcess.Result r = ws.run("comment", id);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("comment text required (use -f to read from file)");
        assertThat(ws.json("comments", id)).isEmpty();
    }

    @Test
    void commentWithoutAnId_isAUsageError() {
        InProcess.Result r = ws.run("comment");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("accepts between 1 and 2 arg(s), received 0 (missing <id>)");
    }
}
