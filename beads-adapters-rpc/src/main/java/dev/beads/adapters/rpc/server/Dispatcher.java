package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.AwaitJsonl;
import dev.beads.adapters.rpc.protocol.Incoming;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.adapters.rpc.protocol.RpcError;
import dev.beads.adapters.rpc.protocol.RpcErrors;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.InvalidParamsException;
import dev.beads.core.error.BeadsException;
import dev.beads.core.port.JsonlCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs decoded messages against the driving ports and says what to answer, as JSON-RPC 2.0 requires: a call gets
 * one response, a notification none (even when it fails), a batch an array of the calls' responses (nothing when
 * it held only notifications). Thread-safe.
 */
public final class Dispatcher {
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Methods methods;
    private final ServerControl control;
    private final GoWire go;

    public Dispatcher(DrivingPorts ports, JsonlCodec codec, ServerControl control) {
        this.methods = new Methods(ports, codec, control);
        this.control = control;
        this.go = new GoWire(control, ports);
    }

    /** Tells the dispatcher how busy its server is (Go's {@code health} and {@code metrics} report it). */
    void connections(ConnectionCounts counts) {
        go.connections(counts);
    }

    /**
     * Whether answering {@code message} may write to the store: the server runs such messages on its single writer
     * thread, and everything else beside it, so a long read never holds a write up.
     */
    public boolean writes(Incoming message) {
        return switch (message) {
            case Incoming.Call c -> mutates(c.method());
            case Incoming.Notification n -> mutates(n.method());
            case Incoming.Invalid i -> false;
            case Incoming.Batch b -> {
                boolean any = false;
                for (Incoming m : b.members()) {
                    any |= writes(m);
                }
                yield any;
            }
            case Incoming.GoRequest g ->
                g.frame().get("operation") instanceof JsonValue.JString op && go.mutates(op.value());
        };
    }

    /**
     * {@code reply} once the JSONL holds the change of {@code message} when it asked for that ({@link AwaitJsonl}) and
     * succeeded; a failure to write the JSONL becomes the reply. Called after {@link #handle}, off the writer
     * thread, so a client waiting for the file never holds up other writes.
     */
    public Outgoing settle(Incoming message, Outgoing reply) {
        if (!(reply instanceof Outgoing.Result r) || !awaitsJsonl(message)) {
            return reply;
        }
        try {
            control.awaitJsonl();
            return reply;
        } catch (BeadsException e) {
            return new Outgoing.Failure(r.id(), RpcErrors.of(e));
        }
    }

    private boolean awaitsJsonl(Incoming message) {
        return message instanceof Incoming.Call c && mutates(c.method()) && AwaitJsonl.requested(c.params());
    }

    private boolean mutates(String method) {
        Methods.Method m = methods.find(method);
        return m != null && m.mutates();
    }

    /** The answer to one frame's message, or null when none is due. */
    public Outgoing handle(Incoming message) {
        return switch (message) {
            case Incoming.Call c -> call(c.id(), c.method(), c.params());
            case Incoming.Notification n -> {
                if (n.params() != null) {
                    call(JsonValue.NULL, n.method(), n.params());
                }
                yield null;
            }
            case Incoming.Invalid i -> new Outgoing.Failure(i.id(), i.error());
            case Incoming.Batch b -> batch(b);
            case Incoming.GoRequest g -> new Outgoing.GoResponse(go.handle(g.frame()));
        };
    }

    private Outgoing batch(Incoming.Batch b) {
        List<Outgoing> replies = new ArrayList<>();
        for (Incoming member : b.members()) {
            Outgoing reply = handle(member);
            if (reply != null) {
                replies.add(reply);
            }
        }
        return replies.isEmpty() ? null : new Outgoing.BatchReply(replies);
    }

    private Outgoing call(JsonValue id, String name, JsonValue.JObject params) {
        Methods.Method method = methods.find(name);
        if (method == null) {
            return new Outgoing.Failure(id, RpcError.methodNotFound(name));
        }
        try {
            if (method.usesStore()) {
                control.beforeRequest();
            }
            JsonValue result = method.handler().run(new Fields(params));
            if (method.mutates()) {
                control.afterMutation();
            }
            return new Outgoing.Result(id, result);
        } catch (InvalidParamsException | IllegalArgumentException | NullPointerException e) {
            return new Outgoing.Failure(id, RpcError.invalidParams(String.valueOf(e.getMessage())));
        } catch (BeadsException e) {
            return new Outgoing.Failure(id, RpcErrors.of(e));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "method " + name + " failed", e);
            return new Outgoing.Failure(
                    id,
                    new RpcError(
                            RpcError.INTERNAL_ERROR,
                            "Internal error: " + e.getClass().getSimpleName(),
                            null));
        }
    }
}
