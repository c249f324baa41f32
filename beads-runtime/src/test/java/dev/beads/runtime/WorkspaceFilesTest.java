package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class WorkspaceFilesTest {

    @Test
    void prefixes_ofLettersDigitsDashAndUnderscore_areAccepted_withoutATrailingDash() {
        assertThat(WorkspaceFiles.validatePrefix("bd")).isEqualTo("bd");
        assertThat(WorkspaceFiles.validatePrefix(" my_proj-2 ")).isEqualTo("my_proj-2");
        assertThat(WorkspaceFiles.validatePrefix("Bd9-")).isEqualTo("Bd9");
        assertThat(WorkspaceFiles.validatePrefix("7z")).isEqualTo("7z");
    }

    @Test
    void otherPrefixes_areRefused() {
        for (String bad : new String[] {"", "-", "-bd", "_bd", "bad prefix", "bd!", "bé", "bd.x", null}) {
            assertThatThrownBy(() -> WorkspaceFiles.validatePrefix(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid prefix");
        }
    }
}
