package dev.beads.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.cli.Launcher;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bd daemon run} and {@code stop} as real processes on a real socket (issue 9). */
class DaemonRunIT {
    private static final String BD = Launcher.repoRoot().resolve("bin/bd").toString();

    private Path tmp;
    private Path root;
    private DaemonProcess daemon;

    @BeforeEach
    void setUp() throws IOException {
        tmp = Files.createTempDirectory(Path.of("/tmp"), "bdd"); // short: the socket path must fit sun_path
        root = Files.createDirectory(tmp.resolve("w"));
        Beads.init(root, "bd").close();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (daemon != null) {
                daemon.close();
            }
        } finally {
            ProcessRun.of(List.of("rm", "-rf", tmp.toString()), Path.of("/"), java.util.Map.of(), 30);
        }
    }

    /**
     * Must-show 1: the seed's debugging line as it is, with a real nc (netcat-openbsd, which .ci/run installs). That
     * nc keeps the connection open after its input ends (the daemon serves a connection until the client closes
     * it), so the test reads the line it printed and then ends it.
     */
    @Test
    void theSeedsNcLine_printsPong() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        Process nc = new ProcessBuilder(
                        "sh", "-c", "echo '{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}' | nc -U .beads/bd.sock")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<String> line = reader.submit(() ->
                    new BufferedReader(new InputStreamReader(nc.getInputStream(), StandardCharsets.UTF_8)).readLine());
            assertThat(line.get(30, TimeUnit.SECONDS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
        } finally {
            nc.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            nc.destroyForcibly();
            nc.waitFor(10, TimeUnit.SECONDS);
            reader.shutdownNow();
        }
    }

    @Test
    void bdDaemonStop_stopsIt_andRemovesTheSocket() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        ProcessRun stop = ProcessRun.of(List.of(BD, "daemon", "stop"), root, Launcher.environment(tmp), 120);
        assertThat(stop.exitCode()).as(stop.toString()).isZero();
        assertThat(stop.stdout()).isEqualTo("Daemon stopped\n");
        assertThat(daemon.awaitExit(30)).isTrue();
        assertThat(daemon.process().exitValue()).isZero();
        assertThat(root.resolve(".beads/bd.sock")).doesNotExist();
        assertThat(daemon.output()).contains("bd daemon: stopped");
    }

    @Test
    void sigterm_stopsIt_andRemovesTheSocket() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        daemon.process().toHandle().descendants().forEach(ProcessHandle::destroy);
        daemon.process().destroy(); // SIGTERM
        assertThat(daemon.awaitExit(30)).isTrue();
        assertThat(root.resolve(".beads/bd.sock")).doesNotExist();
        ProcessRun stop = ProcessRun.of(List.of(BD, "daemon", "stop"), root, Launcher.environment(tmp), 120);
        assertThat(stop.stdout()).isEqualTo("Daemon is not running\n"); // Go bd daemon_lifecycle.go:263
    }

    @Test
    void aSecondDaemon_isRefused_andTheFirstKeepsServing() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        ProcessRun second = ProcessRun.of(List.of(BD, "daemon", "run"), root, Launcher.environment(tmp), 120);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(4);
        assertThat(second.stderr()).contains("a daemon already serves");
        try (RpcConnection rpc = daemon.connect()) {
            assertThat(rpc.call("ping", new JsonObjectBuilder().build())).isEqualTo(JsonValue.of("pong"));
        }
    }

    @Test
    void aMutationAwaitingTheJsonl_isInTheJsonl_whenItIsAnswered() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        try (RpcConnection rpc = daemon.connect().awaitingJsonl()) {
            JsonValue created = rpc.call(
                    "create_issue",
                    new JsonObjectBuilder()
                            .put(
                                    "issue",
                                    new JsonObjectBuilder()
                                            .put("title", "through the socket")
                                            .build())
                            .put("actor", "alice")
                            .build());
            String id = ((JsonValue.JString) ((JsonValue.JObject) created).get("issue_id")).value();
            assertThat(Files.readString(root.resolve(".beads/issues.jsonl"))).contains("\"id\":\"" + id + "\"");
        }
    }

    @Test
    void aMutationNotAwaitingTheJsonl_isInTheJsonlSoonAfter() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        Path jsonl = root.resolve(".beads/issues.jsonl");
        try (RpcConnection rpc = daemon.connect()) {
            rpc.call("create_issue", createParams("bd-later"));
        }
        assertThat(eventually(() -> Files.readString(jsonl).contains("\"id\":\"bd-later\"")))
                .as("the JSONL holds the issue within 10 s")
                .isTrue();
    }

    /** After a write batch the WAL is checkpointed: the database file alone (without beads.db-wal) holds it. */
    @Test
    void aWrite_reachesTheDatabaseFileItself() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        try (RpcConnection rpc = daemon.connect().awaitingJsonl()) {
            rpc.call("create_issue", createParams("bd-checkpointed"));
        }
        Path copy = tmp.resolve("copy.db");
        assertThat(eventually(() -> {
                    Files.copy(
                            root.resolve(".beads/beads.db"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
                            var q = c.prepareStatement("SELECT count(*) FROM issues WHERE id = 'bd-checkpointed'");
                            var rows = q.executeQuery()) {
                        return rows.next() && rows.getInt(1) == 1;
                    } finally {
                        Files.deleteIfExists(tmp.resolve("copy.db-wal"));
                    }
                }))
                .as("beads.db without its WAL holds the issue within 10 s")
                .isTrue();
    }

    private static JsonValue.JObject createParams(String id) {
        return new JsonObjectBuilder()
                .put(
                        "issue",
                        new JsonObjectBuilder().put("title", "t").put("id", id).build())
                .build();
    }

    private static boolean eventually(java.util.concurrent.Callable<Boolean> check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (check.call()) {
                return true;
            }
            Thread.sleep(20);
        }
        return check.call();
    }

    @Test
    void aSubscriber_hearsOfAChangeMadeOnAnotherConnection() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        try (java.nio.channels.SocketChannel listener =
                        java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX);
                RpcConnection writer = daemon.connect()) {
            listener.connect(java.net.UnixDomainSocketAddress.of(daemon.socket()));
            var out = java.nio.channels.Channels.newOutputStream(listener);
            var in = new BufferedReader(
                    new InputStreamReader(java.nio.channels.Channels.newInputStream(listener), StandardCharsets.UTF_8));
            out.write("{\"jsonrpc\":\"2.0\",\"method\":\"subscribe\",\"id\":1}\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).contains("\"subscribed\":true");
            writer.call(
                    "create_issue",
                    new JsonObjectBuilder()
                            .put(
                                    "issue",
                                    new JsonObjectBuilder()
                                            .put("title", "heard")
                                            .put("id", "bd-heard")
                                            .build())
                            .build());
            assertThat(in.readLine())
                    .startsWith(
                            "{\"jsonrpc\":\"2.0\",\"method\":\"issue_changed\",\"params\":{\"id\":\"bd-heard\",\"type\":\"created\",\"updated_at\":\"");
        }
    }

    @Test
    void aJsonlChangedUnderTheDaemon_isImportedBeforeTheNextRequest() throws Exception {
        daemon = DaemonProcess.start(root, tmp);
        Path jsonl = root.resolve(".beads/issues.jsonl");
        Files.writeString(
                jsonl,
                "{\"id\":\"bd-pulled\",\"title\":\"from git pull\",\"status\":\"open\",\"priority\":1,"
                        + "\"issue_type\":\"task\",\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}\n");
        try (RpcConnection rpc = daemon.connect()) {
            JsonValue ready = rpc.call("ready_work", new JsonObjectBuilder().build());
            assertThat(issueIds(ready)).containsExactly("bd-pulled");
        }
    }

    /** The daemon's code is on bd's class path, but a normal command loads none of it (start-up time). */
    @Test
    void aNormalCommand_loadsNoDaemonOrRpcClass() throws Exception {
        Path log = tmp.resolve("classes.txt");
        java.util.Map<String, String> env = new java.util.HashMap<>(Launcher.environment(tmp));
        env.put("BD_JAVA_OPTS", "-Xlog:class+load:file=" + log);
        ProcessRun ready = ProcessRun.of(List.of(BD, "--no-daemon", "ready", "--json"), root, env, 120);
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(line -> line.contains("dev.beads.cli.commands.ReadyCommand"));
        assertThat(loaded)
                .noneMatch(line -> line.contains(" dev.beads.daemon.") || line.contains(" dev.beads.adapters.rpc."));
    }

    private static List<String> issueIds(JsonValue issues) {
        return ((JsonValue.JArray) issues)
                .items().stream()
                        .map(i -> ((JsonValue.JString) ((JsonValue.JObject) i).get("id")).value())
                        .toList();
    }
}
