package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.RpcTimeoutException;
import dev.beads.adapters.rpc.server.DaemonFacts;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.core.error.BackendException;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a real AF_UNIX socket: limits, permissions, time-outs and a clean stop. */
class RpcServerIT {
    @TempDir
    Path dir;

    private WireFixture fixture;
    private Path socket;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean blockRequests;
    private final List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        fixture = WireFixture.create(dir);
        socket = dir.resolve("bd.sock");
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
    }

    private RpcServer start(ServerOptions options) {
        ServerControl blocking = new TestControl(DaemonFacts.NONE, this::maybeBlock, () -> {});
        RpcServer server = RpcServer.start(socket, new Dispatcher(fixture.ports(), fixture.codec(), blocking), options);
        toClose.add(() -> server.stop(Duration.ofSeconds(5)));
        return server;
    }

    private void maybeBlock() {
        threads.add(Thread.currentThread().getName());
        if (blockRequests) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private RawPeer raw() throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        RawPeer peer = new RawPeer(ch);
        toClose.add(ch);
        return peer;
    }

    private record RawPeer(SocketChannel channel, OutputStream out, BufferedReader in) {
        RawPeer(SocketChannel channel) {
            this(
                    channel,
                    ChannelStreams.out(channel),
                    new BufferedReader(new InputStreamReader(ChannelStreams.in(channel), StandardCharsets.UTF_8)));
        }

        String ask(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            return in.readLine();
        }
    }

    @Test
    void ping_overTheSocket_fromARawClient() throws IOException {
        start(ServerOptions.DEFAULTS);
        RawPeer peer = raw();
        assertThat(peer.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}");
        assertThat(peer.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\"pong\"}");
    }

    /** Go bd's rule: a Go-format connection idle for the idle timeout is closed; a JSON-RPC one stays. */
    @Test
    void anIdleGoConnection_isClosed_aJsonRpcOneIsNot() throws Exception {
        start(ServerOptions.DEFAULTS.withIdleTimeout(Duration.ofMillis(200)));
        RawPeer go = raw();
        RawPeer jsonRpc = raw();
        assertThat(go.ask("{\"operation\":\"ping\",\"args\":null}")).contains("\"success\":true");
        assertThat(jsonRpc.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .contains("pong");
        assertThat(go.in().readLine())
                .as("the server closed the idle Go connection")
                .isNull();
        assertThat(jsonRpc.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}"))
                .contains("pong");
    }

    /** Writes run on the one writer thread; reads beside it on the workers. */
    @Test
    void writes_runOnTheWriterThread_readsOnWorkers() throws Exception {
        start(ServerOptions.DEFAULTS);
        RawPeer peer = raw();
        peer.ask("{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"w\"}},\"id\":1}");
        peer.ask("{\"jsonrpc\":\"2.0\",\"method\":\"list_issues\",\"params\":{},\"id\":2}");
        peer.ask("{\"operation\":\"create\",\"args\":{\"title\":\"g\"}}");
        peer.ask("{\"operation\":\"list\",\"args\":{}}");
        assertThat(threads).hasSize(4);
        assertThat(threads.get(0)).startsWith("bd-rpc-writer-");
        assertThat(threads.get(1)).startsWith("bd-rpc-worker-");
        assertThat(threads.get(2)).startsWith("bd-rpc-writer-");
        assertThat(threads.get(3)).startsWith("bd-rpc-worker-");
    }

    @Test
    void socketFile_isForItsOwnerOnly() throws IOException {
        start(ServerOptions.DEFAULTS);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
                .isEqualTo("rw-------");
    }

    @Test
    void theClient_callsThroughTheSocket() throws IOException {
        start(ServerOptions.DEFAULTS);
        RpcConnection rpc = SocketClient.connect(socket).orElseThrow();
        toClose.add(rpc);
        assertThat(rpc.call("ping", new JsonObjectBuilder().build())).isEqualTo(JsonValue.of("pong"));
    }

    @Test
    void noListener_isNoConnection() throws IOException {
        assertThat(SocketClient.connect(socket)).isEmpty();
        Files.createFile(socket); // a stale file nobody listens on
        assertThat(SocketClient.connect(socket)).isEmpty();
    }

    @Test
    void connectionsOverTheLimit_areToldBusy_andClosed() throws IOException {
        start(ServerOptions.DEFAULTS.withMaxConnections(2));
        RawPeer first = raw();
        RawPeer second = raw();
        assertThat(first.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .contains("pong");
        assertThat(second.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .contains("pong");
        RawPeer third = raw();
        assertThat(third.in().readLine()).contains("\"code\":-32007").contains("\"type\":\"busy\"");
        assertThat(third.in().readLine()).isNull();
        assertThat(first.ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}"))
                .contains("pong");
    }

    @Test
    void aRequestOverItsTime_isATimeoutError() throws IOException {
        start(ServerOptions.DEFAULTS.withRequestTimeout(Duration.ofMillis(100)));
        blockRequests = true;
        RpcConnection rpc = SocketClient.connect(socket).orElseThrow();
        toClose.add(rpc);
        assertThatThrownBy(() -> rpc.call("stats", new JsonObjectBuilder().build()))
                .isInstanceOf(RpcTimeoutException.class)
                .hasMessageContaining("did not answer within");
    }

    @Test
    void stop_answersTheRequestInFlight_refusesNewConnections_andRemovesTheSocket() throws Exception {
        RpcServer server = start(ServerOptions.DEFAULTS);
        blockRequests = true;
        RawPeer peer = raw();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> answer = pool.submit(() ->
                    peer.ask("{\"jsonrpc\":\"2.0\",\"method\":\"resolve_id\",\"params\":{\"id\":\"x\"},\"id\":7}"));
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> stopped = pool.submit(() -> server.stop(Duration.ofSeconds(10)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Files.exists(socket)) {
                assertThat(System.nanoTime()).as("socket removed within 30 s").isLessThan(deadline);
                Thread.sleep(5);
            }
            assertThat(SocketClient.connect(socket)).isEmpty();
            release.countDown();
            assertThat(answer.get(10, TimeUnit.SECONDS))
                    .startsWith("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32001,");
            stopped.get(10, TimeUnit.SECONDS);
            assertThat(peer.in().readLine()).isNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSocketAnotherServerAnswersOn_isNotTakenOver_butAStaleOneIs() throws IOException {
        start(ServerOptions.DEFAULTS);
        assertThatThrownBy(() -> RpcServer.start(
                        socket,
                        new Dispatcher(fixture.ports(), fixture.codec(), ServerControl.none()),
                        ServerOptions.DEFAULTS))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("another daemon listens on");
        assertThat(raw().ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .contains("pong");
    }

    @Test
    void aStaleSocketFile_isReplaced() throws IOException {
        Files.createFile(socket);
        start(ServerOptions.DEFAULTS);
        assertThat(raw().ask("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .contains("pong");
    }

    @Test
    void aSymlinkAtTheSocketPath_isNeverFollowed() throws IOException {
        Path target = dir.resolve("elsewhere.sock");
        Files.createSymbolicLink(socket, target);
        assertThatThrownBy(() -> start(ServerOptions.DEFAULTS))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> SocketClient.connect(socket))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("symbolic link");
        assertThat(Files.isSymbolicLink(socket)).isTrue();
        assertThat(target).doesNotExist();
    }
}
