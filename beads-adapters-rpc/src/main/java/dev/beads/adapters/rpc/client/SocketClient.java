package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.ChannelStreams;
import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Connects to a workspace socket (the path from {@link dev.beads.adapters.rpc.SocketPaths}). */
public final class SocketClient {
    private SocketClient() {}

    /**
     * A connection to the daemon at {@code socket}, or empty when nothing listens there (no file, or a stale one).
     *
     * @throws BackendException when the path is a symbolic link (never followed), or the connection fails otherwise
     */
    public static Optional<RpcConnection> connect(Path socket) {
        if (Files.isSymbolicLink(socket)) {
            throw new BackendException("socket path " + socket + " is a symbolic link: refusing to follow it; remove"
                    + " it, or set BEADS_SOCKET_PATH");
        }
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return Optional.of(new RpcConnection(
                    ChannelStreams.in(channel), ChannelStreams.out(channel), channel, socket.toString()));
        } catch (java.net.ConnectException | java.nio.file.NoSuchFileException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BackendException("cannot connect to the daemon at " + socket + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to add
            }
        }
    }
}
