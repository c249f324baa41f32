package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.Json;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonSyntaxException;
import dev.beads.adapters.rpc.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON-RPC 2.0 messages to and from frames (one message per line, DESIGN §5), validated as the specification
 * says. Go bd's format is recognised by its {@code operation} key. Thread-safe (stateless).
 */
public final class MessageCodec {
    private MessageCodec() {}

    /** What the server makes of one frame (without its newline). Never throws for bad input. */
    public static Incoming decode(byte[] frame) {
        JsonValue value;
        try {
            value = Json.parse(frame);
        } catch (JsonSyntaxException e) {
            return new Incoming.Invalid(JsonValue.NULL, RpcError.parseError(e.getMessage()));
        }
        if (value instanceof JsonValue.JArray batch) {
            if (batch.items().isEmpty()) {
                return new Incoming.Invalid(JsonValue.NULL, RpcError.invalidRequest("empty batch"));
            }
            List<Incoming> members = new ArrayList<>(batch.items().size());
            for (JsonValue item : batch.items()) {
                members.add(member(item));
            }
            return new Incoming.Batch(members);
        }
        if (value instanceof JsonValue.JObject o
                && !o.fields().containsKey("jsonrpc")
                && o.fields().containsKey("operation")) {
            return new Incoming.GoRequest(o);
        }
        return member(value);
    }

    /** One request object (top level or a batch member; batches do not nest). */
    private static Incoming member(JsonValue value) {
        if (!(value instanceof JsonValue.JObject o)) {
            return new Incoming.Invalid(JsonValue.NULL, RpcError.invalidRequest("a request is a JSON object"));
        }
        Map<String, JsonValue> f = o.fields();
        JsonValue id = f.get("id");
        boolean hasId = id != null;
        if (hasId
                && !(id instanceof JsonValue.JString
                        || id instanceof JsonValue.JNumber
                        || id instanceof JsonValue.JNull)) {
            return new Incoming.Invalid(
                    JsonValue.NULL, RpcError.invalidRequest("id must be a string, a number or null"));
        }
        JsonValue replyId = hasId ? id : JsonValue.NULL;
        if (!(f.get("jsonrpc") instanceof JsonValue.JString v) || !v.value().equals("2.0")) {
            return new Incoming.Invalid(replyId, RpcError.invalidRequest("\"jsonrpc\" must be \"2.0\""));
        }
        if (!(f.get("method") instanceof JsonValue.JString method)) {
            return new Incoming.Invalid(replyId, RpcError.invalidRequest("\"method\" must be a string"));
        }
        JsonValue params = f.get("params");
        if (params != null && !(params instanceof JsonValue.JObject) && !(params instanceof JsonValue.JArray)) {
            return new Incoming.Invalid(replyId, RpcError.invalidRequest("\"params\" must be an object or an array"));
        }
        if (params instanceof JsonValue.JArray) {
            // Valid JSON-RPC, but every method here takes named params.
            return hasId
                    ? new Incoming.Invalid(id, RpcError.invalidParams("params are named: send an object"))
                    : new Incoming.Notification(method.value(), null);
        }
        JsonValue.JObject named = params == null ? new JsonValue.JObject(Map.of()) : (JsonValue.JObject) params;
        return hasId ? new Incoming.Call(id, method.value(), named) : new Incoming.Notification(method.value(), named);
    }

    /** The frame for a message, without its newline. */
    public static byte[] encode(Outgoing message) {
        return Json.write(toJson(message));
    }

    private static JsonValue toJson(Outgoing message) {
        return switch (message) {
            case Outgoing.Result r ->
                new JsonObjectBuilder()
                        .put("jsonrpc", "2.0")
                        .put("id", r.id())
                        .put("result", r.result())
                        .build();
            case Outgoing.Failure e ->
                new JsonObjectBuilder()
                        .put("jsonrpc", "2.0")
                        .put("id", e.id())
                        .put("error", e.error().toJson())
                        .build();
            case Outgoing.Notify n ->
                new JsonObjectBuilder()
                        .put("jsonrpc", "2.0")
                        .put("method", n.method())
                        .put("params", n.params())
                        .build();
            case Outgoing.BatchReply b -> {
                List<JsonValue> items = new ArrayList<>(b.responses().size());
                for (Outgoing o : b.responses()) {
                    items.add(toJson(o));
                }
                yield new JsonValue.JArray(items);
            }
            case Outgoing.GoResponse g -> g.frame();
        };
    }

    /** A request frame, as a client sends it. */
    public static byte[] request(long id, String method, JsonValue.JObject params) {
        return Json.write(new JsonObjectBuilder()
                .put("jsonrpc", "2.0")
                .put("id", id)
                .put("method", method)
                .put("params", params)
                .build());
    }

    /**
     * What a client makes of a frame the server sent: a {@link Outgoing.Result}, {@link Outgoing.Failure} or
     * {@link Outgoing.Notify}.
     *
     * @throws JsonSyntaxException when the frame is not a JSON-RPC response
     */
    public static Outgoing decodeReply(byte[] frame) {
        if (!(Json.parse(frame) instanceof JsonValue.JObject o)) {
            throw new JsonSyntaxException("a response is a JSON object");
        }
        JsonValue id = o.get("id");
        if (id == null && o.get("method") instanceof JsonValue.JString m) {
            JsonValue params = o.get("params");
            return new Outgoing.Notify(
                    m.value(), params instanceof JsonValue.JObject p ? p : new JsonValue.JObject(Map.of()));
        }
        if (o.get("error") instanceof JsonValue.JObject err) {
            return new Outgoing.Failure(id == null ? JsonValue.NULL : id, errorOf(err));
        }
        if (!o.fields().containsKey("result")) {
            throw new JsonSyntaxException("a response has a result or an error");
        }
        return new Outgoing.Result(id == null ? JsonValue.NULL : id, o.get("result"));
    }

    private static RpcError errorOf(JsonValue.JObject err) {
        int code = err.get("code") instanceof JsonValue.JNumber n && n.isIntegral()
                ? Integer.parseInt(n.text())
                : RpcError.INTERNAL_ERROR;
        String message = err.get("message") instanceof JsonValue.JString s ? s.value() : "";
        JsonValue.JObject data = err.get("data") instanceof JsonValue.JObject d ? d : null;
        return new RpcError(code, message, data);
    }
}
