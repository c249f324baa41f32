package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.cli.session.DirectSessionFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that fails under {@code --json} prints Go bd's error object on stdout: v0.39.1 cmd/bd/errors.go:38-47
 * ({@code FatalErrorRespectJSON}: {@code json.MarshalIndent(map[string]string{"error": msg}, "", "  ")}, used by
 * show, update, dep, label, comments and epic). The error line stays on stderr, where beads-mcp's CLI client reads it
 * (bd_client.py:305-309), and the exit code stays ours.
 */
class JsonErrorsTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void workspace() {
        ws = Workspace.init(dir);
    }

    @Test
    void showOfAnUnknownId_printsTheErrorObjectOnStdout_andTheLineOnStderr() throws Exception {
        InProcess.Result r = ws.run("show", "test-nope", "--json");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        JsonNode error = new ObjectMapper().readTree(r.stdout());
        assertThat(error.size()).isEqualTo(1);
        String message = error.get("error").asText();
        assertThat(message).contains("test-nope");
        assertThat(r.stdout()).isEqualTo("{\n  \"error\": \"" + message.replace("\"", "\\\"") + "\"\n}\n");
        assertThat(r.stderr()).isEqualTo("Error: " + message + "\n");
    }

    @Test
    void goEscapesHtmlCharactersInTheMessage_asItsEncoderDoes() throws Exception {
        InProcess.Result r = ws.run("update", "test-<&>", "--title", "x", "--json");

        assertThat(r.exitCode()).as(r.toString()).isNotZero();
        assertThat(r.stdout()).contains("test-\\u003c\\u0026\\u003e").doesNotContain("<&>");
        assertThat(new ObjectMapper().readTree(r.stdout()).get("error").asText())
                .contains("test-<&>");
    }

    @Test
    void withoutJson_theErrorIsOnlyTheLineOnStderr() {
        InProcess.Result r = ws.run("show", "test-nope");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).startsWith("Error: ");
    }

    @Test
    void noWorkspace_isGosPreRunText_notJson(@TempDir Path elsewhere) {
        // Go bd v0.39.1 main.go:574: "Error: no beads database found" on stderr, before any command runs.
        InProcess.Result r = new InProcess(elsewhere, new DirectSessionFactory()).run("list", "--json");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("no beads workspace found");
    }

    @Test
    void aUsageError_staysCobrasTextOnStderr_evenWithJson() {
        // cobra reports flag errors itself, before any command runs: no JSON in Go either.
        InProcess.Result r = ws.run("show", "--no-such-flag", "--json");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).startsWith("Error: ");
    }
}
