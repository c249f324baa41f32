package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.DirectSessionFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bd quickstart} prints Go bd's guide (v0.39.1 cmd/bd/quickstart.go; v0.49.6 testdata/quickstart.txt
 * matches {@code Dependency-Aware}, {@code bd init}, {@code bd create}), then runs the live demo; every command the
 * guide shows is one bd accepts.
 */
class QuickstartGuideTest {
    @TempDir
    Path dir;

    @Test
    void guide_thenTheDemo() {
        InProcess.Result r = new InProcess(dir, new DirectSessionFactory()).run("quickstart");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String out = r.stdout();
        assertThat(out).contains("bd - Dependency-Aware Issue Tracker", "GETTING STARTED", "READY WORK");
        assertThat(out.indexOf("Ready to start!"))
                .as("the guide comes before the demo")
                .isLessThan(out.indexOf("beads quickstart: a throw-away workspace"));
        assertThat(out).contains("Done: closing");
    }

    @Test
    void everyCommandInTheGuide_parses() {
        String guide =
                new InProcess(dir, new DirectSessionFactory()).run("quickstart").stdout();
        guide = guide.substring(0, guide.indexOf("Ready to start!"));
        List<String> commands = new ArrayList<>();
        for (String line : guide.lines().toList()) {
            String text = line.strip();
            boolean prose = text.endsWith(":");
            if (text.startsWith("bd ") && line.startsWith("  bd ") && !prose) {
                commands.add(text.split(" {2,}")[0]);
            }
        }
        assertThat(commands).hasSizeGreaterThan(15);
        for (String command : commands) {
            String[] args = words(command.substring("bd ".length()));
            BdCommand root = new BdCommand(InProcess.environment(dir), new DirectSessionFactory());
            CommandLine cl = Commands.forArgs(root, args);
            assertThat(cl.getSubcommands()).as(command).containsKey(args[0]);
            cl.parseArgs(args);
        }
    }

    /** Words as a shell splits them, double quotes grouping. */
    private static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
