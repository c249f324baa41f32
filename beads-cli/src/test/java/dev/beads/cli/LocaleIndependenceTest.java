package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bd's output does not depend on the default locale: numbers, dates and case come out the same under German and
 * Turkish defaults (digit grouping, decimal comma, dotless i) as under English. The launcher relies on this when it
 * picks the JDK's cheaper locale provider (docs/DECISIONS.md).
 */
class LocaleIndependenceTest {
    @TempDir
    Path dir;

    @Test
    void textAndJsonOutput_areTheSameUnderAnyDefaultLocale() {
        Workspace ws = Workspace.init(dir);
        String a = ws.create("Index Ivy", "-p", "1", "-e", "12345", "-l", "IMPORTANT");
        String b = ws.create("Second", "--deps", "blocks:" + a);
        ws.run("comments", "add", b, "Checked at 1,234.5 items");
        String[][] commands = {
            {"stats"},
            {"list", "--long"},
            {"show", a, b},
            {"ready"},
            {"blocked"},
            {"count", "--by-label"},
            {"stale", "--days", "0"},
            {"stats", "--json"},
            {"show", a, "--json"},
            {"list", "--json"}
        };
        List<String> english = outputs(ws, commands, Locale.US);
        for (Locale other : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR")}) {
            assertThat(outputs(ws, commands, other)).as(other.toString()).isEqualTo(english);
        }
    }

    private static List<String> outputs(Workspace ws, String[][] commands, Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            List<String> out = new ArrayList<>();
            for (String[] command : commands) {
                out.add(String.join(" ", command) + "\n" + ws.run(command).stdout());
            }
            return out;
        } finally {
            Locale.setDefault(before);
        }
    }
}
