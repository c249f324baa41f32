package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    private static CliEnvironment env(Map<String, String> vars, boolean tty) {
        return new CliEnvironment(
                Path.of("/tmp"), vars, System.out, System.err, new ByteArrayInputStream(new byte[0]), tty, tty);
    }

    @Test
    void colour_onlyOnATerminal_withoutNoColorAndNotDumb() {
        assertThat(env(Map.of(), true).colour()).isTrue();
        assertThat(env(Map.of(), false).colour()).isFalse();
        assertThat(env(Map.of("NO_COLOR", "1"), true).colour()).isFalse();
        assertThat(env(Map.of("NO_COLOR", ""), true).colour())
                .as("NO_COLOR set at all")
                .isFalse();
        assertThat(env(Map.of("TERM", "dumb"), true).colour()).isFalse();
    }

    @Test
    void getenv_treatsEmptyAsUnset() {
        assertThat(env(Map.of("BD_ACTOR", ""), false).getenv("BD_ACTOR")).isNull();
        assertThat(env(Map.of("BD_ACTOR", "x"), false).getenv("BD_ACTOR")).isEqualTo("x");
    }
}
