package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;

/**
 * A JSON-RPC error object. Domain errors carry {@code data.type} (see {@link RpcErrors}); the message never holds
 * a stack trace.
 *
 * @param data null, or an object with at least {@code type}
 */
public record RpcError(int code, String message, JsonValue.JObject data) {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    public static RpcError parseError(String why) {
        return new RpcError(PARSE_ERROR, "Parse error: " + why, null);
    }

    public static RpcError invalidRequest(String why) {
        return new RpcError(INVALID_REQUEST, "Invalid Request: " + why, null);
    }

    public static RpcError methodNotFound(String method) {
        return new RpcError(METHOD_NOT_FOUND, "Method not found: " + method, null);
    }

    public static RpcError invalidParams(String why) {
        return new RpcError(INVALID_PARAMS, "Invalid params: " + why, null);
    }

    /** An error with {@code data.type} and nothing else in data. */
    public static RpcError typed(int code, String type, String message) {
        return new RpcError(
                code, message, new JsonObjectBuilder().put("type", type).build());
    }

    /** {@code data.type}, or null. */
    public String type() {
        return data != null && data.get("type") instanceof JsonValue.JString s ? s.value() : null;
    }

    JsonValue toJson() {
        JsonObjectBuilder b = new JsonObjectBuilder().put("code", code).put("message", message);
        if (data != null) {
            b.put("data", data);
        }
        return b.build();
    }
}
