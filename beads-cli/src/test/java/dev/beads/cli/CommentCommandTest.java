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
    void commentWithoutAnId_isAUsageError_inCobrasWordsForGosMinimumNArgs() {
        // Go bd v0.39.1 comments.go:219 (comment) and :115 (comments add): Args: cobra.MinimumNArgs(1), whose error
        // is "requires at least 1 arg(s), only received 0".
        for (String[] args : new String[][] {{"comment"}, {"comments", "add"}}) {
            InProcess.Result r = ws.run(args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr()).as(r.toString()).startsWith("Error: requires at least 1 arg(s), only received 0");
        }
    }

    @Test
    void showJson_printsEachCommentsIdAsTheImportedFileWroteIt_integerOrString() throws Exception {
        // Issue 8 part 2: comment ids are kept as written; Go prints the comment's id (types.go Comment.ID).
        Path file = dir.resolve("in.jsonl");
        Files.writeString(
                file,
                "{\"id\":\"test-9\",\"title\":\"Imported\",\"priority\":2,"
                        + "\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\","
                        + "\"comments\":[{\"id\":41,\"issue_id\":\"test-9\",\"author\":\"a\",\"text\":\"int\","
                        + "\"created_at\":\"2025-01-01T00:00:00Z\"},{\"id\":\"3f1c-uuid\",\"issue_id\":\"test-9\","
                        + "\"author\":\"b\",\"text\":\"string\",\"created_at\":\"2025-01-01T00:00:00Z\"}]}\n");
        assertThat(ws.run("import", "-i", file.toString()).exitCode()).isZero();
        ws.run("comment", "test-9", "made here");

        JsonNode comments = ws.json("show", "test-9").get(0).get("comments");
        assertThat(comments.get(0).get("id").isInt()).isTrue();
        assertThat(comments.get(0).get("id").asInt()).isEqualTo(41);
        assertThat(comments.get(1).get("id").isTextual()).isTrue();
        assertThat(comments.get(1).get("id").asText()).isEqualTo("3f1c-uuid");
        assertThat(comments.get(2).get("id").isIntegralNumber()).isTrue();
        assertThat(ws.json("comments", "test-9").get(1).get("id").asText()).isEqualTo("3f1c-uuid");
    }
}
