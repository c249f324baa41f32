package dev.beads.daemon.launch;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.error.BeadsException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks the daemon at a socket for its {@code status}, within a deadline: a daemon that accepts but never answers
 * (hung, or stopping) counts as not answering instead of blocking the caller.
 */
public final class DaemonProbe {
    private DaemonProbe() {}

    /**
     * What the daemon at {@code socket} says about itself, or empty when nothing answers there within
     * {@code timeout} (no socket file, a stale one, a refused connection, or no answer in time).
     */
    public static Optional<DaemonStatus> status(Path socket, Duration timeout) {
        Optional<RpcConnection> connection;
        try {
            connection = SocketClient.connect(socket);
        } catch (BeadsException e) {
            return Optional.empty();
        }
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        RpcConnection rpc = connection.get();
        Thread watchdog = Thread.ofPlatform().daemon().name("bd-daemon-probe").start(() -> closeAfter(rpc, timeout));
        try {
            JsonValue answer = rpc.call("status", new JsonObjectBuilder().build());
            return Optional.of(DaemonStatus.of(answer));
        } catch (BeadsException | ClassCastException e) {
            return Optional.empty();
        } finally {
            watchdog.interrupt();
            closeQuietly(rpc);
        }
    }

    /** Whether a daemon answers at {@code socket} within {@code timeout}. */
    public static boolean answers(Path socket, Duration timeout) {
        return status(socket, timeout).isPresent();
    }

    private static void closeAfter(RpcConnection rpc, Duration timeout) {
        try {
            Thread.sleep(timeout);
            closeQuietly(rpc);
        } catch (InterruptedException answered) {
            // the call returned in time
        }
    }

    private static void closeQuietly(RpcConnection rpc) {
        try {
            rpc.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
