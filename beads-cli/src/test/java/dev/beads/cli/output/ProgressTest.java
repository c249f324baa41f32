package dev.beads.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void shown_drawsASpinnerLineAndErasesIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress.start(err, "Importing big.jsonl (3.0 MB)", true).close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r⠋ Importing big.jsonl (3.0 MB) ").endsWith("\r\u001b[2K");
    }

    @Test
    void notShown_drawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress.start(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", false)
                .close();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void sizes_readForPeople() {
        assertThat(Progress.size(512)).isEqualTo("0.5 KB");
        assertThat(Progress.size(3 * 1024 * 1024)).isEqualTo("3.0 MB");
    }
}
