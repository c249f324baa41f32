package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README's command reference lists every command bd has. */
class ReadmeCommandsTest {

    @Test
    void commandTable_namesEveryCommand() throws Exception {
        String readme = Files.readString(Launcher.repoRoot().resolve("README.md"));
        String table =
                readme.substring(readme.indexOf("<!-- commands:start -->"), readme.indexOf("<!-- commands:end -->"));
        for (String command : Commands.names()) {
            assertThat(table).as("README command table").contains("`bd " + command);
        }
    }
}
