package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.ChannelStreams;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.MessageCodec;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.adapters.rpc.protocol.RpcError;
import dev.beads.adapters.rpc.protocol.RpcErrors;
import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The workspace socket's server (DESIGN §6 threads): an accept thread, one named platform thread per connection,
 * and a pool of platform workers that run the requests (SQLite work stays off virtual threads: JNI pins them).
 * At most {@link ServerOptions#maxConnections} connections; a peer of another uid is refused (SO_PEERCRED).
 *
 * <p>Only the daemon that holds the workspace's lock starts a server, so the server may remove a socket file it
 * finds at its path (a previous daemon's) and removes its own when it stops. A path that is a symbolic link is
 * never followed nor removed.
 */
public final class RpcServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RpcServer.class.getName());

    private final Path path;
    private final ServerSocketChannel listener;
    private final Dispatcher dispatcher;
    private final ServerOptions options;
    private final UserPrincipal owner;
    private final ExecutorService workers;
    private final ExecutorService writer;
    private final java.util.concurrent.ScheduledExecutorService idleSweeper;
    private final java.util.Map<SocketChannel, Conversation> open = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong admitted = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicInteger connectionNumbers = new AtomicInteger();
    private final RequestGate gate = new RequestGate();
    private final Thread acceptor;
    private final ChangeNotifications notifications;
    private volatile boolean stopping;

    private RpcServer(
            Path path,
            ServerSocketChannel listener,
            Dispatcher dispatcher,
            ServerOptions options,
            UserPrincipal owner,
            ChangeNotifications notifications) {
        this.notifications = notifications;
        this.path = path;
        this.listener = listener;
        this.dispatcher = dispatcher;
        this.options = options;
        this.owner = owner;
        this.workers = Executors.newCachedThreadPool(named("bd-rpc-worker-"));
        this.writer = Executors.newSingleThreadExecutor(named("bd-rpc-writer-"));
        this.idleSweeper = Executors.newSingleThreadScheduledExecutor(named("bd-rpc-idle-"));
        this.acceptor = new Thread(this::acceptLoop, "bd-rpc-accept");
    }

    /**
     * Binds {@code path} (mode 0600) and starts accepting.
     *
     * @throws BackendException when the path is a symbolic link, or cannot be bound
     */
    public static RpcServer start(Path path, Dispatcher dispatcher, ServerOptions options) {
        return start(path, dispatcher, options, null);
    }

    /**
     * As {@link #start(Path, Dispatcher, ServerOptions)}, serving {@code subscribe} from {@code notifications}
     * (null: {@code subscribe} is an unknown method).
     */
    public static RpcServer start(
            Path path, Dispatcher dispatcher, ServerOptions options, ChangeNotifications notifications) {
        if (Files.isSymbolicLink(path)) {
            throw new BackendException("socket path " + path + " is a symbolic link: refusing to follow it; remove it,"
                    + " or set BEADS_SOCKET_PATH");
        }
        try {
            refuseIfAnswered(path);
            Files.deleteIfExists(path); // a previous daemon's: only the lock holder gets here
            ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                listener.bind(UnixDomainSocketAddress.of(path));
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
                RpcServer server = new RpcServer(path, listener, dispatcher, options, owner, notifications);
                dispatcher.connections(server.counts());
                server.acceptor.start();
                server.sweepIdle();
                return server;
            } catch (IOException | RuntimeException e) {
                listener.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BackendException("cannot listen on " + path + ": " + e.getMessage(), e);
        }
    }

    // The workspace lock makes this daemon the only one of its workspace, but BEADS_SOCKET_PATH can point two
    // workspaces at one path: a socket someone answers on is never taken over.
    private static void refuseIfAnswered(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException nobodyAnswers) {
            return; // stale: the previous daemon died without removing it
        }
        throw new BackendException("another daemon listens on " + path + ": stop it, or give this workspace its own"
                + " BEADS_SOCKET_PATH");
    }

    public Path path() {
        return path;
    }

    /** Connections being served now. */
    public int activeConnections() {
        return active.get();
    }

    // Go bd's connection rule: a Go-format peer's connection that has been idle for the idle timeout is closed.
    private void sweepIdle() {
        long limit = options.idleTimeout().toNanos();
        if (limit <= 0) {
            return;
        }
        long period = Math.max(50, Math.min(1000, options.idleTimeout().toMillis() / 4));
        idleSweeper.scheduleWithFixedDelay(
                () -> {
                    for (var e : open.entrySet()) {
                        if (e.getValue().idleNanos() > limit) {
                            closeQuietly(e.getKey());
                        }
                    }
                },
                period,
                period,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private ConnectionCounts counts() {
        return new ConnectionCounts() {
            @Override
            public int active() {
                return activeConnections();
            }

            @Override
            public int max() {
                return options.maxConnections();
            }

            @Override
            public long total() {
                return admitted.get();
            }

            @Override
            public long rejected() {
                return refused.get();
            }
        };
    }

    private void acceptLoop() {
        while (!stopping) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "accept failed on " + path + ": " + e.getMessage());
                continue;
            }
            admit(channel);
        }
    }

    private void admit(SocketChannel channel) {
        if (!samePeer(channel)) {
            refuse(
                    channel,
                    RpcError.typed(
                            RpcErrors.BACKEND,
                            "forbidden",
                            "this daemon serves its own user only: connect as the user who started it"));
            return;
        }
        if (active.incrementAndGet() > options.maxConnections()) {
            active.decrementAndGet();
            refuse(
                    channel,
                    RpcError.typed(
                            RpcErrors.BUSY,
                            "busy",
                            "the daemon serves " + options.maxConnections()
                                    + " connections already: try again, or run the command with --no-daemon"));
            return;
        }
        admitted.incrementAndGet();
        Thread t = new Thread(() -> serve(channel), "bd-rpc-conn-" + connectionNumbers.incrementAndGet());
        t.setDaemon(true);
        t.start();
    }

    private boolean samePeer(SocketChannel channel) {
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().equals(owner) || peer.user().getName().equals(owner.getName());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private void refuse(SocketChannel channel, RpcError error) {
        refused.incrementAndGet();
        try (channel) {
            byte[] frame = MessageCodec.encode(new Outgoing.Failure(JsonValue.NULL, error));
            ByteBuffer buf = ByteBuffer.allocate(frame.length + 1)
                    .put(frame)
                    .put((byte) '\n')
                    .flip();
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            // the peer left first: nothing to tell it
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            Conversation conversation = new Conversation(
                            dispatcher,
                            options.frameLimit(),
                            options.requestTimeout(),
                            workers,
                            ChannelStreams.in(channel),
                            ChannelStreams.out(channel))
                    .withGate(gate)
                    .withWriter(writer)
                    .withNotifications(notifications, Thread.currentThread().getName() + "-notify");
            open.put(channel, conversation);
            conversation.run();
        } catch (IOException e) {
            // the peer went away, or the server is stopping: the connection ends either way
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "connection failed", e);
        } finally {
            open.remove(channel);
            active.decrementAndGet();
        }
    }

    /**
     * Stops: no new connections, the socket file removed, requests already running finished and answered (for up
     * to {@code grace}), then every connection closed. Idempotent.
     */
    public void stop(Duration grace) {
        if (stopping) {
            return;
        }
        stopping = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + path + ": " + e.getMessage());
        }
        removeSocketFile();
        try {
            if (!gate.closeAndAwait(grace.toMillis())) {
                LOG.log(System.Logger.Level.WARNING, "requests still running after " + grace.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        writer.shutdownNow();
        idleSweeper.shutdownNow();
        for (SocketChannel c : open.keySet()) {
            closeQuietly(c);
        }
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeSocketFile() {
        try {
            if (!Files.isSymbolicLink(path)) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + path + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
