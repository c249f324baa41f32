package dev.beads.cli;

import dev.beads.cli.session.AutoSessionFactory;
import dev.beads.cli.session.DaemonStarter;
import dev.beads.cli.session.DirectSessionFactory;
import dev.beads.cli.session.SessionFactory;
import dev.beads.daemon.WorkspaceDaemon;
import dev.beads.runtime.WorkspaceLocator;
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
        throughDaemon(second);
    }

    /**
     * The thin client's path (issue 10): the same commands served by a daemon in this JVM, so the RPC client and
     * the daemon-served commands are in the cache too. Its registry entry goes to the throw-away directory.
     */
    private void throughDaemon(String id) {
        Map<String, String> env =
                Map.of("BD_ACTOR", "aot-training", "HOME", dir.toString(), "XDG_STATE_HOME", dir.toString());
        WorkspaceDaemon daemon =
                WorkspaceDaemon.start(WorkspaceLocator.locate(dir, null, env).orElseThrow(), env, BdVersion.version());
        try {
            SessionFactory client = new AutoSessionFactory(BdVersion.version(), DaemonStarter.NONE, System.err);
            for (int i = 0; i < 2; i++) {
                bd(client, "ready", "--json");
                bd(client, "list", "--json");
                bd(client, "show", id, "--json");
                bd(client, "show", id);
                bd(client, "blocked", "--json");
                bd(client, "stats", "--json");
                bd(client, "count", "--json");
                bd(client, "info", "--json");
                bd(client, "create", "Through the daemon", "-p", "2", "--json");
                bd(client, "create", "Quiet", "-q");
                bd(client, "update", id, "--status", "open");
                bd(client, "ready");
            }
        } finally {
            daemon.stop();
        }
    }

    private String bd(String... args) {
        return bd(new DirectSessionFactory(), args);
    }

    private String bd(SessionFactory sessions, String... args) {
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
        new Cli(env, sessions).run(args);
        return out.toString(StandardCharsets.UTF_8);
    }
}
