package dev.beads.cli;

import dev.beads.cli.session.DirectSessionFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the JDK 25 AOT cache ({@code bin/bd} runs it once with {@code -XX:AOTCacheOutput}): the
 * common commands, in-process, on a throw-away workspace, so the classes they load (picocli, sqlite-jdbc, Jackson,
 * the core and the adapters) are linked ahead of time for every later {@code bd}.
 */
public final class AotTraining {
    private final Path dir;

    private AotTraining(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("bd-aot-training-");
        try {
            new AotTraining(dir).train();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void train() {
        bd("init", "--prefix", "aot");
        String first = bd("create", "Train the cache", "-p", "1", "-q").strip();
        String second = bd("create", "Second", "-t", "bug", "-l", "x,y", "-d", "text", "-q")
                .strip();
        bd("create", "Third", "--deps", "blocks:" + first, "--json");
        bd("dep", "add", second, first);
        for (String format : new String[] {"--json", "--no-daemon"}) {
            bd("ready", format);
            bd("list", format);
            bd("show", first, second, format);
            bd("blocked", format);
            bd("stats", format);
            bd("count", "--by-status", format);
            bd("search", "Train", format);
            bd("dep", "tree", first, format);
            bd("label", "list-all", format);
            bd("info", format);
        }
        bd("update", first, "--status", "in_progress", "--add-label", "z");
        bd("comments", "add", first, "A comment");
        bd("comments", first, "--json");
        bd("close", first, "--reason", "Done");
        bd("export", "-o", "out.jsonl");
        bd("import", "-i", "out.jsonl");
        bd("show", "nonexistent-id");
        bd("version");
    }

    private String bd(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);
        CliEnvironment env = new CliEnvironment(
                dir,
                Map.of("BD_ACTOR", "aot-training", "HOME", dir.toString()),
                sink,
                sink,
                new ByteArrayInputStream(new byte[0]),
                false,
                false);
        new Cli(env, new DirectSessionFactory()).run(args);
        return out.toString(StandardCharsets.UTF_8);
    }
}
