package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.json.JsonSyntaxException;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.AwaitJsonl;
import dev.beads.adapters.rpc.protocol.FrameReader;
import dev.beads.adapters.rpc.protocol.MessageCodec;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.adapters.rpc.protocol.RpcErrors;
import dev.beads.adapters.rpc.wire.InvalidParamsException;
import dev.beads.core.error.BackendException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * One client connection: sends a request, waits for its response, returns the result or throws what the core
 * threw on the other side ({@link RpcErrors#toException}). One call at a time (calls are serialised); notifications
 * that arrive meanwhile are skipped. Thread-safe.
 */
public final class RpcConnection implements Closeable {
    private final InputStream in;
    private final OutputStream out;
    private final Closeable resource;
    private final String peer;
    private final FrameReader frames;
    private long nextId = 1;
    private volatile boolean awaitJsonl;

    /**
     * @param peer what to call the other side in messages (the socket path)
     * @param resource closed by {@link #close()} (the socket channel)
     */
    public RpcConnection(InputStream in, OutputStream out, Closeable resource, String peer) {
        this.in = in;
        this.out = out;
        this.resource = resource;
        this.peer = peer;
        this.frames = new FrameReader(in, Integer.MAX_VALUE - 8);
    }

    /**
     * From now on every call asks to be answered only once the workspace JSONL holds its change ({@link
     * AwaitJsonl}): what {@code bd} wants for each mutating command, so that a script's next {@code git commit}
     * sees it. Reads are not slowed (the daemon ignores the param for them). Returns this connection.
     */
    public RpcConnection awaitingJsonl() {
        this.awaitJsonl = true;
        return this;
    }

    /**
     * Calls {@code method} and returns its result.
     *
     * @throws dev.beads.core.error.BeadsException the exception the daemon's core threw, or a BackendException when
     *     the connection fails
     */
    public synchronized JsonValue call(String method, JsonValue.JObject params) {
        long id = nextId++;
        try {
            byte[] request = MessageCodec.request(id, method, awaitJsonl ? AwaitJsonl.add(params) : params);
            byte[] line = java.util.Arrays.copyOf(request, request.length + 1);
            line[request.length] = (byte) 10;
            out.write(line);
            out.flush();
            while (true) {
                byte[] frame = frames.next();
                if (frame == null) {
                    throw new BackendException("the daemon at " + peer + " closed the connection during " + method
                            + ": see .beads/daemon.log, or run the command with --no-daemon");
                }
                switch (MessageCodec.decodeReply(frame)) {
                    case Outgoing.Result r -> {
                        return r.result();
                    }
                    case Outgoing.Failure f -> throw RpcErrors.toException(f.error());
                    default -> {
                        // a notification (issue_changed) on a subscribed connection: not this call's answer
                    }
                }
            }
        } catch (IOException e) {
            throw new BackendException(
                    "lost the connection to the daemon at " + peer + " during " + method + ": " + e.getMessage()
                            + "; run the command again, or with --no-daemon",
                    e);
        } catch (JsonSyntaxException e) {
            throw new BackendException(
                    "the daemon at " + peer + " sent a malformed answer to " + method + ": " + e.getMessage(), e);
        }
    }

    /** {@link #call} with the result decoded; a result of the wrong shape is a BackendException. */
    public <T> T call(String method, JsonValue.JObject params, Function<JsonValue, T> decode) {
        JsonValue result = call(method, params);
        try {
            return decode.apply(result);
        } catch (InvalidParamsException | ClassCastException | IllegalArgumentException e) {
            throw new BackendException(
                    "the daemon at " + peer + " answered " + method + " in an unexpected shape: " + e.getMessage()
                            + "; is it another version? bd daemon stop, then run the command again",
                    e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            try {
                in.close();
            } finally {
                resource.close();
            }
        }
    }
}
