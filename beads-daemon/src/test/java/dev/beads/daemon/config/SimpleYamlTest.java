package dev.beads.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The subset reader answers as Jackson's YAML parser does wherever it answers, and answers for real files. */
class SimpleYamlTest {
    private static final Path FILE = Path.of("config.yaml");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsExampleAndGoBdsFlatKeys_areReadWithoutTheLibrary() {
        String seed = "# .beads/config.yaml\ndaemon:\n  auto_start: true\n  sync_interval: 5\n  file_watch: true\n"
                + "  log_level: info\n  max_batch_size: 100\n";
        assertThat(SimpleYaml.parse(bytes(seed)))
                .containsEntry("daemon.auto_start", "true")
                .containsEntry("daemon.sync_interval", "5")
                .containsEntry("daemon.max_batch_size", "100")
                .hasSize(5);
        assertThat(SimpleYaml.parse(bytes("issue-prefix: \"bd\"\nauto-start-daemon: false # off\nno-db: ~\n")))
                .isEqualTo(Map.of("issue-prefix", "bd", "auto-start-daemon", "false"));
    }

    @Test
    void outsideTheSubset_itDefersToTheLibrary() {
        for (String yaml : List.of(
                "a: [1, 2]\n",
                "a: {b: 1}\n",
                "a:\n  - x\n",
                "a: &x 1\n",
                "a: !!str 1\n",
                "a: |\n  text\n",
                "a: \"esc\\n\"\n",
                "a:\tb\n",
                "---\na: 1\n",
                "a:\n  b: 1\n c: 2\n",
                "a: 1\n  b: 2\n",
                "a.b: 1\n",
                "a: b: c\n")) {
            assertThat(SimpleYaml.parse(bytes(yaml))).as(yaml).isNull();
        }
    }

    @Test
    void whereItAnswers_itAgreesWithJackson_onGeneratedFiles() {
        int answered = 0;
        for (long seed = 0; seed < 3000; seed++) {
            String yaml = generate(new Random(seed));
            Map<String, String> simple = SimpleYaml.parse(bytes(yaml));
            if (simple == null) {
                continue;
            }
            answered++;
            ConfigYaml.Values library = JacksonYaml.read(FILE, bytes(yaml));
            assertThat(library.problem()).as("seed %d:\n%s", seed, yaml).isNull();
            assertThat(simple).as("seed %d:\n%s", seed, yaml).isEqualTo(library.values());
        }
        assertThat(answered).as("cases the subset reader answered").isGreaterThan(1000);
    }

    private static final String[] KEYS = {"daemon", "auto_start", "idle_timeout", "a", "b-c", "x1", "true", "10"};
    private static final String[] VALUES = {
        "true",
        "false",
        "yes",
        "No",
        "on",
        "0",
        "10",
        "-5",
        "3h",
        "1_000",
        "0x1F",
        "1e3",
        "0.5",
        ".5",
        "~",
        "null",
        "Null",
        "\"\"",
        "\"quoted text\"",
        "'single'",
        "'it''s'",
        "plain text",
        "a#b",
        "value # comment",
        "ünïcode",
        "\"null\"",
        "'~'",
        "[1]",
        "{a: 1}",
        "*ref",
        "- x",
        "x: y",
        "\"a\\tb\""
    };

    // A random nested block mapping with comments, blank lines, CRLF now and then, and values inside and outside
    // the subset.
    private static String generate(Random r) {
        StringBuilder b = new StringBuilder();
        List<Integer> open = new ArrayList<>();
        int lines = 1 + r.nextInt(8);
        int indent = 0;
        String eol = r.nextInt(10) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(6) == 0) {
                b.append(" ".repeat(r.nextInt(3)))
                        .append(r.nextBoolean() ? "# comment" : "")
                        .append(eol);
            }
            if (!open.isEmpty() && r.nextInt(3) == 0) {
                indent = open.remove(open.size() - 1);
            }
            String key = KEYS[r.nextInt(KEYS.length)];
            b.append(" ".repeat(indent)).append(key).append(':');
            if (r.nextInt(4) == 0) {
                b.append(r.nextBoolean() ? "" : "  # nested");
                b.append(eol);
                open.add(indent);
                indent += 1 + r.nextInt(3);
            } else {
                b.append(' ').append(VALUES[r.nextInt(VALUES.length)]).append(eol);
            }
        }
        return b.toString();
    }
}
