package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 must-show 5: hostile input over the real socket. Seeded, so a failure reproduces.
 */
class RpcHostileInputIT {
    private static final int CONNECTIONS = 4;
    private static final int FRAMES_PER_CONNECTION = 2_500;

    @TempDir
    Path dir;

    private WireFixture fixture;
    private RpcServer server;
    private Path socket;
    private final List<SocketChannel> channels = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = WireFixture.create(dir);
        socket = dir.resolve("bd.sock");
        fixture.ports()
                .issues()
                .create(CreateIssue.builder("existing")
                        .id(dev.beads.core.model.IssueId.of("bd-keep"))
                        .build());
        server = RpcServer.start(
                socket, new Dispatcher(fixture.ports(), fixture.codec(), ServerControl.none()), ServerOptions.DEFAULTS);
    }

    @AfterEach
    void tearDown() throws IOException {
        for (SocketChannel c : channels) {
            c.close();
        }
        server.stop(Duration.ofSeconds(5));
    }

    private SocketChannel connect() throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        channels.add(ch);
        return ch;
    }

    @Test
    void tenThousandMalformedFrames_changeNothing_andGoodRequestsAreStillAnswered() throws Exception {
        List<Issue> before = fixture.ports()
                .queries()
                .list(IssueFilter.builder().includeTombstones(true).build());
        ExecutorService pool = Executors.newFixedThreadPool(2 * CONNECTIONS);
        try {
            List<Future<Integer>> goodAnswers = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                SocketChannel ch = connect();
                List<String> frames = hostileFrames(new Random(9_000 + c));
                pool.submit(() -> write(ch, frames));
                goodAnswers.add(pool.submit(() -> readUntilFinal(ch)));
            }
            for (Future<Integer> good : goodAnswers) {
                assertThat(good.get(120, TimeUnit.SECONDS)).isEqualTo(FRAMES_PER_CONNECTION / 50);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.ports()
                        .queries()
                        .list(IssueFilter.builder().includeTombstones(true).build()))
                .isEqualTo(before);
        assertThat(server.activeConnections()).isLessThanOrEqualTo(CONNECTIONS);
    }

    @Test
    void aTwentyMegabyteLine_isRefused_theConnectionClosed_andMemoryStaysBounded() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        SocketChannel ch = connect();
        OutputStream out = ChannelStreams.out(ch);
        BufferedReader in = new BufferedReader(new InputStreamReader(ChannelStreams.in(ch), StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) '[');
        try {
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.write('\n');
        } catch (IOException expected) {
            // the daemon stops reading at 16 MiB and closes the connection
        }
        assertThat(in.readLine()).contains("\"type\":\"frame_too_large\"");
        assertThat(in.readLine()).isNull();
        System.gc();
        long usedAfter = rt.totalMemory() - rt.freeMemory();
        assertThat(usedAfter - usedBefore).as("heap kept after the frame").isLessThan(64L << 20);
        try (SocketChannel next = connect()) {
            OutputStream o = ChannelStreams.out(next);
            o.write("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}\n".getBytes(StandardCharsets.UTF_8));
            assertThat(new BufferedReader(new InputStreamReader(ChannelStreams.in(next), StandardCharsets.UTF_8))
                            .readLine())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
        }
    }

    /**
     * A peer of another uid is refused (SO_PEERCRED). The socket is opened to everyone for the test (as it is for a
     * moment between bind and chmod), so only the peer check stands in the way. Needs root and runuser.
     *
     * <p>The peer is a small Java program run as {@code nobody} that reads what the daemon says first and only then
     * sends a ping: the daemon answers a refused peer at accept and closes, and a client that wrote first could
     * lose that answer to the close (nc did, under load).
     */
    @Test
    void aPeerOfAnotherUid_isRefused() throws Exception {
        assumeTrue(isRoot() && onPath("runuser"), "needs root and runuser");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path client = dir.resolve("PeerClient.java");
        Files.writeString(client, PEER_CLIENT);
        Files.setPosixFilePermissions(client, PosixFilePermissions.fromString("rw-r--r--"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("runuser", "-u", "nobody", "--", java, client.toString(), socket.toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("\"type\":\"forbidden\"").doesNotContain("pong");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Connects, prints every line the daemon sends until it closes; sends a ping after the first line. */
    private static final String PEER_CLIENT = """
            import java.io.*;
            import java.net.*;
            import java.nio.channels.*;
            import java.nio.charset.StandardCharsets;
            public class PeerClient {
                public static void main(String[] args) throws Exception {
                    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(args[0]))) {
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
                        String line = in.readLine();
                        System.out.println(line);
                        try {
                            Channels.newOutputStream(ch).write(
                                    "{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"ping\\",\\"id\\":1}\\n"
                                            .getBytes(StandardCharsets.UTF_8));
                            while ((line = in.readLine()) != null) {
                                System.out.println(line);
                            }
                        } catch (IOException closed) {
                            System.out.println("closed");
                        }
                    }
                }
            }
            """;

    private static boolean isRoot() throws IOException {
        return Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private static Void write(SocketChannel ch, List<String> frames) throws IOException {
        OutputStream out = ChannelStreams.out(ch);
        StringBuilder batch = new StringBuilder();
        for (String f : frames) {
            batch.append(f).append('\n');
            if (batch.length() > 64 * 1024) {
                out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                batch.setLength(0);
            }
        }
        batch.append("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":\"final\"}\n");
        out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
        return null;
    }

    /** Reads every reply up to the final pong; each must be JSON; returns how many good requests were answered right. */
    private static int readUntilFinal(SocketChannel ch) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(ChannelStreams.in(ch), StandardCharsets.UTF_8));
        int good = 0;
        String line;
        while ((line = in.readLine()) != null) {
            JsonValue reply = Json.parse(line);
            if (reply instanceof JsonValue.JObject o && o.get("id") instanceof JsonValue.JString id) {
                if (id.value().equals("final")) {
                    return good;
                }
                if (id.value().startsWith("good-")
                        && o.get("result") != null
                        && o.get("result").equals(JsonValue.of("bd-keep"))) {
                    good++;
                }
            }
        }
        throw new AssertionError("the connection closed before the final ping was answered");
    }

    /** Malformed frames of every kind, with a good request every 50th frame. */
    static List<String> hostileFrames(Random random) {
        List<String> frames = new ArrayList<>(FRAMES_PER_CONNECTION);
        for (int i = 0; i < FRAMES_PER_CONNECTION; i++) {
            if (i % 50 == 49) {
                frames.add("{\"jsonrpc\":\"2.0\",\"method\":\"resolve_id\",\"params\":{\"id\":\"keep\"},\"id\":\"good-"
                        + i + "\"}");
                continue;
            }
            frames.add(
                    switch (random.nextInt(8)) {
                        case 0 -> randomBytes(random);
                        case 1 -> truncated(random);
                        case 2 -> "{\"jsonrpc\":2.0,\"method\":[\"ping\"],\"id\":{\"a\":1}}";
                        case 3 -> "[".repeat(1 + random.nextInt(100_000));
                        case 4 -> "{\"jsonrpc\":\"2.0\",\"method\":\"m" + random.nextInt() + "\",\"id\":" + i + "}";
                        case 5 -> wrongParams(random, i);
                        case 6 ->
                            "[" + "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":7},\"id\":"
                                    + i + "},".repeat(3) + "5]";
                        default ->
                            "{\"jsonrpc\":\"2.0\",\"method\":\"delete_issue\",\"params\":{\"id\":[\"bd-keep\"]},\"id\":"
                                    + i + "}";
                    });
        }
        return frames;
    }

    private static String randomBytes(Random random) {
        byte[] b = new byte[1 + random.nextInt(200)];
        random.nextBytes(b);
        return new String(b, StandardCharsets.ISO_8859_1).replace('\n', ' ');
    }

    private static String truncated(Random random) {
        String good =
                "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"t\"}},\"id\":1}";
        return good.substring(0, random.nextInt(good.length() - 1));
    }

    private static String wrongParams(Random random, int i) {
        String[] shapes = {
            "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":5}},\"id\":" + i + "}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"update_issue\",\"params\":{\"id\":\"bd-keep\",\"priority\":\"high\"},\"id\":"
                    + i + "}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"close_issue\",\"params\":{\"id\":null},\"id\":" + i + "}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"add_label\",\"params\":{\"id\":\"bd-keep\",\"label\":{}},\"id\":" + i
                    + "}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"ready_work\",\"params\":{\"limit\":-1},\"id\":" + i + "}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"update_issue\",\"params\":{\"id\":\"bd-keep\",\"priority\":99999999999},\"id\":"
                    + i + "}",
        };
        return shapes[random.nextInt(shapes.length)];
    }
}
