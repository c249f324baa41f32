package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.FrameReader;
import dev.beads.adapters.rpc.protocol.Incoming;
import dev.beads.adapters.rpc.protocol.MessageCodec;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.adapters.rpc.protocol.RpcError;
import dev.beads.adapters.rpc.protocol.RpcErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One connection's exchange, over any pair of streams (a socket's, or pipes in the wire tests): read a frame,
 * answer it, until the peer closes its side. A frame over the limit is answered with an error and ends the
 * conversation (the caller closes the connection). Requests run on {@code workers} with a time limit; an answer
 * that is not ready in time is a {@code timeout} error (the work itself finishes in the background). Writes are
 * serialised, so notifications can be sent from other threads.
 */
public final class Conversation {
    private final Dispatcher dispatcher;
    private final int frameLimit;
    private final Duration timeout;
    private final ExecutorService workers;
    private ExecutorService writer;
    private volatile long lastActive = System.nanoTime();
    private volatile boolean busy;
    private volatile boolean goPeer;
    private volatile boolean hasSubscription;
    private final OutputStream out;
    private final InputStream in;
    private RequestGate gate;
    private ChangeNotifications notifications;
    private String name = "bd-rpc-notify";

    /**
     * @param workers where requests run (platform threads: SQLite work stays off virtual threads); null to run them
     *     on the calling thread without a time limit
     */
    public Conversation(
            Dispatcher dispatcher,
            int frameLimit,
            Duration timeout,
            ExecutorService workers,
            InputStream in,
            OutputStream out) {
        this.dispatcher = dispatcher;
        this.frameLimit = frameLimit;
        this.timeout = timeout;
        this.workers = workers;
        this.in = in;
        this.out = out;
    }

    /**
     * Messages that may write run on {@code writer} (one thread: SQLite has one writer), the others on the workers,
     * so a long read never delays a write; without it every message runs on the workers.
     */
    public Conversation withWriter(ExecutorService writer) {
        this.writer = writer;
        return this;
    }

    /**
     * How long the peer has sent nothing while nothing of its was running, when it speaks Go bd's format and has
     * not subscribed (Go's 30 s idle rule applies to those); -1 for every other connection.
     */
    long idleNanos() {
        if (!goPeer || hasSubscription || busy) {
            return -1;
        }
        return System.nanoTime() - lastActive;
    }

    /** Requests pass {@code gate} (a stopping server closes it); without one every request is let in. */
    public Conversation withGate(RequestGate gate) {
        this.gate = gate;
        return this;
    }

    /** Serves {@code subscribe} from {@code feed}; without it, {@code subscribe} is an unknown method. */
    public Conversation withNotifications(ChangeNotifications feed, String threadName) {
        this.notifications = feed;
        this.name = threadName;
        return this;
    }

    /** Answers frames until the end of the input, or a frame over the limit. */
    public void run() throws IOException {
        Subscribed subscribed = new Subscribed();
        try {
            converse(subscribed);
        } finally {
            subscribed.close();
        }
    }

    /** The connection's subscription, once it has asked for one. */
    private final class Subscribed {
        private dev.beads.core.port.ChangeFeed.Subscription subscription;
        private NotificationSender sender;

        boolean active() {
            return subscription != null;
        }

        void start() {
            sender = new NotificationSender(Conversation.this, this::overflow, name);
            subscription = notifications.subscribe(sender::offer);
        }

        private void overflow() {
            try {
                in.close(); // ends the conversation: a client this far behind must resync
            } catch (IOException e) {
                // closing anyway
            }
        }

        void close() {
            if (subscription != null) {
                subscription.close();
                sender.stop();
            }
        }
    }

    private void converse(Subscribed subscribed) throws IOException {
        FrameReader frames = new FrameReader(in, frameLimit);
        while (true) {
            byte[] frame;
            try {
                frame = frames.next();
            } catch (FrameReader.FrameTooLargeException e) {
                send(new Outgoing.Failure(
                        JsonValue.NULL,
                        new RpcError(
                                RpcError.INVALID_REQUEST,
                                e.getMessage(),
                                new JsonObjectBuilder()
                                        .put("type", "frame_too_large")
                                        .put("limit", e.limit())
                                        .build())));
                return;
            }
            if (frame == null) {
                return;
            }
            lastActive = System.nanoTime();
            if (isBlank(frame)) {
                continue;
            }
            Incoming message = MessageCodec.decode(frame);
            if (message instanceof Incoming.GoRequest) {
                goPeer = true;
            }
            if (notifications != null
                    && message instanceof Incoming.Call c
                    && c.method().equals("subscribe")) {
                if (!subscribed.active()) {
                    subscribed.start();
                    hasSubscription = true;
                }
                send(new Outgoing.Result(
                        c.id(), new JsonObjectBuilder().put("subscribed", true).build()));
                continue;
            }
            if (gate != null && !gate.enter()) {
                Outgoing refused = failure(
                        message,
                        RpcError.typed(
                                RpcErrors.SHUTTING_DOWN,
                                "shutting_down",
                                "the daemon is stopping: run the command again to start a new one"));
                if (refused != null) {
                    send(refused);
                }
                continue;
            }
            busy = true;
            try {
                Outgoing reply = answer(message);
                if (reply != null) {
                    send(dispatcher.settle(message, reply));
                }
            } finally {
                busy = false;
                lastActive = System.nanoTime();
                if (gate != null) {
                    gate.leave();
                }
            }
        }
    }

    private Outgoing answer(Incoming message) {
        if (workers == null) {
            return dispatcher.handle(message);
        }
        Future<Outgoing> pending;
        try {
            ExecutorService runner = writer != null && dispatcher.writes(message) ? writer : workers;
            pending = runner.submit(() -> dispatcher.handle(message));
        } catch (RejectedExecutionException e) {
            return failure(
                    message,
                    RpcError.typed(
                            RpcErrors.SHUTTING_DOWN,
                            "shutting_down",
                            "the daemon is stopping: run the command again to start a new one"));
        }
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failure(
                    message,
                    RpcError.typed(
                            RpcErrors.TIMEOUT,
                            "timeout",
                            "the daemon did not answer within " + timeout.toSeconds()
                                    + " s: see .beads/daemon.log, or run the command with --no-daemon"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dispatcher threw", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(message, RpcError.typed(RpcErrors.SHUTTING_DOWN, "shutting_down", "the daemon is stopping"));
        }
    }

    // A failure the message's sender can match: its id for a call, nothing for a notification.
    private static Outgoing failure(Incoming message, RpcError error) {
        return switch (message) {
            case Incoming.Call c -> new Outgoing.Failure(c.id(), error);
            case Incoming.Notification n -> null;
            case Incoming.Invalid i -> new Outgoing.Failure(i.id(), i.error());
            case Incoming.Batch b -> new Outgoing.Failure(JsonValue.NULL, error);
            case Incoming.GoRequest g ->
                new Outgoing.GoResponse(new JsonObjectBuilder()
                        .put("success", false)
                        .put("error", error.message())
                        .build());
        };
    }

    /** Writes one message and its newline, whole, before any other. */
    public void send(Outgoing message) throws IOException {
        byte[] frame = MessageCodec.encode(message);
        byte[] line = java.util.Arrays.copyOf(frame, frame.length + 1);
        line[frame.length] = '\n';
        synchronized (out) {
            out.write(line);
            out.flush();
        }
    }

    private static boolean isBlank(byte[] frame) {
        for (byte b : frame) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
