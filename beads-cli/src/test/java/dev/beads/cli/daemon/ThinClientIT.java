package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The thin client (issue 10): a {@code bin/bd} whose workspace a daemon serves loads no SQLite, JDBC or Guice class
 * (read from the JVM's class-loading log), prints what the in-process command prints, and a mutation it was
 * answered for is in the JSONL when it exits.
 */
class ThinClientIT {
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();
    private static final List<String> HEAVY = List.of(
            "org.sqlite.", "java.sql.", "com.google.inject.", "dev.beads.adapters.sqlite.", "dev.beads.runtime.Beads ");

    private Path tmp;
    private Path root;
    private DaemonProcess daemon;

    @BeforeEach
    void setUp() throws IOException {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bdt"); // short: the socket path must fit sun_path
        root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "tc").close();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (daemon != null) {
                daemon.close();
            }
        } finally {
            ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), Map.of(), 30);
        }
    }

    @Test
    void commandsServedByTheDaemon_loadNoDatabaseClass_printWhatInProcessPrints_andLeaveTheJsonlWritten()
            throws Exception {
        String first = bd(Map.of(), "--no-daemon", "create", "Seed", "-p", "1", "-q")
                .stdout()
                .strip();
        daemon = DaemonProcess.start(root, tmp);

        Path classes = tmp.resolve("classes.log");
        ProcessRun ready =
                bd(Map.of("BD_AOT", "0", "BD_JAVA_OPTS", "-Xlog:class+load:file=" + classes), "ready", "--json");
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded)
                .as("the command went through the daemon")
                .anyMatch(l -> l.contains(" dev.beads.cli.session.DaemonSession "));
        List<String> heavy = new ArrayList<>();
        for (String line : loaded) {
            for (String prefix : HEAVY) {
                if (line.contains(" " + prefix)) {
                    heavy.add(line);
                }
            }
        }
        assertThat(heavy).as("database classes loaded by a daemon-served bd").isEmpty();
        assertThat(ready.stdout())
                .isEqualTo(bd(Map.of(), "--no-daemon", "ready", "--json").stdout());

        ProcessRun created = bd(Map.of(), "create", "Through the daemon", "--deps", "blocks:" + first, "--json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String id = created.stdout().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
        assertThat(Files.readString(root.resolve(".beads/issues.jsonl")))
                .as("the JSONL as the create exits")
                .contains("\"id\":\"" + id + "\"");
        for (String[] args : List.of(
                new String[] {"show", id, "--json"}, new String[] {"show", id}, new String[] {"list"}, new String[] {
                    "blocked", "--json"
                })) {
            ProcessRun viaDaemon = bd(Map.of(), args);
            List<String> direct = new ArrayList<>(List.of("--no-daemon"));
            direct.addAll(List.of(args));
            assertThat(viaDaemon.toString())
                    .isEqualTo(bd(Map.of(), direct.toArray(String[]::new)).toString());
        }
        assertThat(bd(Map.of(), "info", "--json").stdout()).contains("\"mode\": \"daemon\"");
    }

    private ProcessRun bd(Map<String, String> extra, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Launcher.environment(tmp));
        env.putAll(extra);
        List<String> command = new ArrayList<>(List.of(BD));
        command.addAll(List.of(args));
        return ProcessRun.of(command, root, env, 60);
    }
}
