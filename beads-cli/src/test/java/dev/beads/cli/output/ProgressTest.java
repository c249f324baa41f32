package dev.beads.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final String LABEL = "Importing big.jsonl (12.3 MB)";

    @Test
    void line_showsTheLabel_aBarOfTwentyCells_thePercentage_andTheDetail() {
        assertThat(Progress.line(LABEL, 0.45, "storing 4,500/10,000"))
                .isEqualTo("Importing big.jsonl (12.3 MB)  [#########-----------]  45%  storing 4,500/10,000");
    }

    @Test
    void line_atTheEnds_isEmptyOrFull() {
        assertThat(Progress.line("x", 0, "")).isEqualTo("x  [--------------------]   0%");
        assertThat(Progress.line("x", 1, "done")).isEqualTo("x  [####################] 100%  done");
    }

    @Test
    void line_clampsFractionsOutsideZeroToOne() {
        assertThat(Progress.line("x", 1.7, "")).isEqualTo(Progress.line("x", 1, ""));
        assertThat(Progress.line("x", -0.2, "")).isEqualTo(Progress.line("x", 0, ""));
        assertThat(Progress.line("x", Double.NaN, "")).isEqualTo(Progress.line("x", 0, ""));
    }

    @Test
    void line_roundsDown_soOnlyTheEndShowsAHundred() {
        assertThat(Progress.line("x", 0.999, "")).endsWith("###-]  99%");
    }

    @Test
    void shown_drawsTheLatestStateAndErasesIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress progress = Progress.start(err, LABEL, true);
        progress.set(0.5, "storing 5/10");
        progress.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r\u001b[2K" + LABEL + "  [").endsWith("\r\u001b[2K");
    }

    @Test
    void notShown_drawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.start(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", false);
        progress.set(0.5, "storing 5/10");
        progress.close();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void sizes_readForPeople() {
        assertThat(Progress.size(512)).isEqualTo("0.5 KB");
        assertThat(Progress.size(3 * 1024 * 1024)).isEqualTo("3.0 MB");
    }
}
