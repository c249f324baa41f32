package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bd import} of a large file draws a percentage bar on a terminal's stderr, and nothing anywhere else. */
class ImportProgressBarTest {
    /** The bar as drawn: twenty cells, then the percentage. */
    private static final String BAR = "(?s).*\\[[#-]{20}] +\\d{1,3}%.*";

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void largeFile() throws Exception {
        ws = Workspace.init(dir);
        Fixtures.largeJsonl(dir.resolve("big.jsonl"));
        assertThat(Files.size(dir.resolve("big.jsonl"))).isGreaterThan(256 * 1024);
    }

    @Test
    void onATerminal_stderrShowsAPercentageBar_thenErasesIt_andStdoutHasOnlyTheResult() {
        InProcess.Result r = ws.bd().stderrTty(true).run("import", "-i", "big.jsonl");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr())
                .startsWith("\r\u001b[2KImporting big.jsonl (")
                .matches(BAR)
                .endsWith("\r\u001b[2K");
        assertThat(r.stdout()).isEqualTo("Import complete: 800 created, 0 updated, 0 unchanged\n");
    }

    @Test
    void onATerminal_withJson_stdoutIsTheJsonAlone() {
        InProcess.Result r = ws.bd().stderrTty(true).run("import", "-i", "big.jsonl", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).matches(BAR);
        assertThat(r.stdout()).startsWith("{").doesNotContain("\r", "\u001b", "%");
    }

    @Test
    void notOnATerminal_nothingIsDrawn() {
        InProcess.Result r = ws.run("import", "-i", "big.jsonl");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Import complete: 800 created, 0 updated, 0 unchanged\n");
    }
}
