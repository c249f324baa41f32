package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.server.ChangeNotifications;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code subscribe}: one connection hears of the changes another makes, as {@code issue_changed} notifications. */
class SubscribeIT {
    @TempDir
    Path dir;

    @Test
    void aSubscriber_getsIssueChanged_withIdTypeAndTheNewUpdatedAt() throws IOException {
        WireFixture fixture = WireFixture.create(dir);
        Path socket = dir.resolve("bd.sock");
        RpcServer server = RpcServer.start(
                socket,
                new Dispatcher(fixture.ports(), fixture.codec(), ServerControl.none()),
                ServerOptions.DEFAULTS,
                new ChangeNotifications(fixture.feed(), fixture.ports().queries()));
        try (SocketChannel listener = open(socket);
                SocketChannel writer = open(socket)) {
            BufferedReader heard = reader(listener);
            send(listener, "{\"jsonrpc\":\"2.0\",\"method\":\"subscribe\",\"id\":1}");
            assertThat(heard.readLine()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"subscribed\":true}}");

            send(
                    writer,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"x\",\"id\":\"bd-s1\"}},\"id\":2}");
            assertThat(reader(writer).readLine()).contains("\"issue_id\":\"bd-s1\"");

            String updatedAt = Timestamps.format(
                    fixture.ports().queries().show(IssueId.of("bd-s1")).issue().updatedAt());
            assertThat(heard.readLine())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"issue_changed\",\"params\":{\"id\":\"bd-s1\","
                            + "\"type\":\"created\",\"updated_at\":\"" + updatedAt + "\"}}");

            send(listener, "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":3}");
            assertThat(Json.parse(heard.readLine()))
                    .isEqualTo(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":\"pong\"}"));
        } finally {
            server.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void subscribeInsideABatch_isAnsweredInTheBatch_andStartsTheFeed() throws IOException {
        WireFixture fixture = WireFixture.create(dir);
        Path socket = dir.resolve("bd.sock");
        RpcServer server = RpcServer.start(
                socket,
                new Dispatcher(fixture.ports(), fixture.codec(), ServerControl.none()),
                ServerOptions.DEFAULTS,
                new ChangeNotifications(fixture.feed(), fixture.ports().queries()));
        try (SocketChannel listener = open(socket)) {
            BufferedReader heard = reader(listener);
            send(
                    listener,
                    "[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1},"
                            + "{\"jsonrpc\":\"2.0\",\"method\":\"subscribe\",\"id\":2},"
                            + "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":"
                            + "{\"title\":\"x\",\"id\":\"bd-b1\"}},\"id\":3}]");
            String first = heard.readLine();
            String second = heard.readLine();
            // The create's notification and the batch's answer race: either may come first.
            String batch = first.startsWith("[") ? first : second;
            String notification = first.startsWith("[") ? second : first;
            assertThat(Json.parse(batch).toString()).contains("{\"subscribed\"", "pong", "bd-b1");
            assertThat(notification)
                    .startsWith("{\"jsonrpc\":\"2.0\",\"method\":\"issue_changed\",\"params\":{\"id\":\"bd-b1\"");
        } finally {
            server.stop(Duration.ofSeconds(5));
        }
    }

    private static SocketChannel open(Path socket) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        return ch;
    }

    private static BufferedReader reader(SocketChannel ch) {
        return new BufferedReader(new InputStreamReader(ChannelStreams.in(ch), StandardCharsets.UTF_8));
    }

    private static void send(SocketChannel ch, String frame) throws IOException {
        OutputStream out = ChannelStreams.out(ch);
        out.write((frame + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
