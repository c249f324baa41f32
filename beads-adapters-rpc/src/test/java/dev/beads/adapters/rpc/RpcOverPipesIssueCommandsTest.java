package dev.beads.adapters.rpc;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.RpcPorts;
import dev.beads.adapters.rpc.protocol.FrameReader;
import dev.beads.adapters.rpc.server.Conversation;
import dev.beads.testkit.contract.IssueCommandsContract;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The driving-port contract through the client proxies and the dispatcher, over a pair of pipes: everything of
 * the socket path but the socket (which {@code DaemonIssueCommandsIT} adds, with a real daemon process).
 */
class RpcOverPipesIssueCommandsTest extends IssueCommandsContract {
    private final Map<Ports, Open> open = new IdentityHashMap<>();

    private record Open(RpcConnection connection, Thread server, Path dir) {}

    @Override
    protected Ports openPorts() {
        try {
            Path dir = Files.createTempDirectory("beads-rpc-pipes");
            WireFixture fixture = WireFixture.create(dir);
            PipedInputStream serverIn = new PipedInputStream(1 << 16);
            PipedOutputStream clientOut = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 16);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            Conversation conversation = new Conversation(
                    fixture.dispatcher(), FrameReader.DEFAULT_LIMIT, Duration.ofSeconds(30), null, serverIn, serverOut);
            Thread server = new Thread(
                    () -> {
                        try (serverOut) {
                            conversation.run();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    "rpc-pipe-server");
            server.start();
            RpcConnection connection = new RpcConnection(clientIn, clientOut, () -> {}, "pipe");
            DrivingPorts rpc = RpcPorts.over(connection, fixture.codec());
            Ports ports = new Ports(rpc.issues(), rpc.queries(), rpc.config());
            open.put(ports, new Open(connection, server, dir));
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void closePorts(Ports ports) {
        Open o = open.remove(ports);
        try {
            o.connection().close();
            o.server().join(10_000);
            Files.deleteIfExists(o.dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
