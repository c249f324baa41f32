package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.DirectSessionFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help laid out as cobra lays out Go bd's ({@code bd help} in v0.49.6 cmd/bd/testdata/help.txt matches
 * {@code Usage:} and {@code Available Commands:}), wrapped at spaces only to 80 columns off a terminal, to
 * {@code $COLUMNS} on one.
 */
class HelpLayoutTest {
    @TempDir
    Path dir;

    private InProcess bd() {
        return new InProcess(dir, new DirectSessionFactory());
    }

    @Test
    void rootHelp_hasCobrasHeadings() {
        for (String[] args : new String[][] {{"--help"}, {"help"}, {}}) {
            InProcess.Result r = bd().run(args);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stdout())
                    .as(r.toString())
                    .contains("\nUsage:\n  bd [flags]\n  bd [command]\n")
                    .contains("\nAvailable Commands:\n")
                    .containsPattern("\n  close +Close issues")
                    .contains("\nFlags:\n")
                    .containsPattern("\n {6}--json +Output JSON")
                    .contains("Use \"bd [command] --help\" for more information about a command.");
        }
    }

    @Test
    void commandHelp_separatesItsFlagsFromTheGlobalOnes() {
        InProcess.Result r = bd().run("close", "--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String help = r.stdout();
        assertThat(help).contains("\nUsage:\n  bd close <id>... [flags]\n");
        String flags = help.substring(help.indexOf("\nFlags:\n"), help.indexOf("\nGlobal Flags:\n"));
        String global = help.substring(help.indexOf("\nGlobal Flags:\n"));
        assertThat(flags).contains("-r, --reason <reason>").doesNotContain("--json");
        assertThat(global).contains("--json").contains("--actor <name>").doesNotContain("--reason");
        assertThat(bd().run("help", "close").stdout()).isEqualTo(help);
        assertThat(bd().run("show", "--help").stdout()).contains("\nAliases:\n  show, view\n");
        assertThat(bd().run("dep", "--help").stdout())
                .contains("\n  bd dep [command]\n")
                .containsPattern("\n  add +Add a dependency");
    }

    @Test
    void everyHelp_wrapsAtSpacesOnly_within80Columns() {
        SoftAssertions soft = new SoftAssertions();
        for (List<String> path : CommandTreeTest.commandPaths(dir)) {
            if (path.get(0).equals("help")) {
                continue;
            }
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            InProcess.Result r = bd().run(args.toArray(String[]::new));
            soft.assertThat(r.exitCode()).as(path.toString()).isZero();
            for (String line : r.stdout().lines().toList()) {
                if (line.strip().contains(" ")) {
                    soft.assertThat(line.length()).as(path + ": " + line).isLessThanOrEqualTo(80);
                }
            }
            String flowing = r.stdout().replaceAll("\\s+", " ");
            soft.assertThat(flowing)
                    .as(path.toString())
                    .doesNotContain("beads. db")
                    .doesNotContain(". gitignore");
        }
        soft.assertAll();
        String db = bd().run("--help").stdout().replaceAll("\\s+", " ");
        assertThat(db).contains(".beads/beads.db");
    }

    @Test
    void onATerminal_helpUsesItsWidth() {
        String wide = bd().stdoutTty(true).env("COLUMNS", "160").run("--help").stdout();
        assertThat(wide.lines().mapToInt(String::length).max().orElse(0))
                .isGreaterThan(80)
                .isLessThanOrEqualTo(160);
        String narrow = bd().stdoutTty(true).env("COLUMNS", "60").run("--help").stdout();
        for (String line : narrow.lines().toList()) {
            if (line.strip().contains(" ")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(60);
            }
        }
    }
}
