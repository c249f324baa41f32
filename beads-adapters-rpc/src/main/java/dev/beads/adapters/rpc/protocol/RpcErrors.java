package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one table between the core's exceptions and JSON-RPC errors (STYLE 11), both ways: the server turns what
 * the core threw into an error with {@code data.type}, and the client turns that back into the same exception
 * type with the same message, so a command cannot tell local from remote.
 *
 * <table>
 * <tr><th>code</th><th>data.type</th><th>exception</th></tr>
 * <tr><td>-32000</td><td>backend</td><td>BackendException</td></tr>
 * <tr><td>-32001</td><td>not_found</td><td>NotFoundException</td></tr>
 * <tr><td>-32002</td><td>invalid</td><td>InvalidInputException</td></tr>
 * <tr><td>-32003</td><td>ambiguous_id</td><td>AmbiguousIdException (data.partial, data.matches)</td></tr>
 * <tr><td>-32004</td><td>jsonl_format</td><td>JsonlFormatException (data.line)</td></tr>
 * <tr><td>-32005</td><td>conflict</td><td>ConflictException</td></tr>
 * <tr><td>-32006</td><td>timeout</td><td>RpcTimeoutException (a BackendException)</td></tr>
 * <tr><td>-32007</td><td>busy</td><td>BackendException: too many connections</td></tr>
 * <tr><td>-32008</td><td>shutting_down</td><td>BackendException: the daemon is stopping</td></tr>
 * </table>
 *
 * Protocol errors (-32700 ... -32603) come back as BackendException: they mean client and daemon disagree, which
 * the user cannot fix by changing the command.
 */
public final class RpcErrors {
    public static final int BACKEND = -32000;
    public static final int NOT_FOUND = -32001;
    public static final int INVALID = -32002;
    public static final int AMBIGUOUS_ID = -32003;
    public static final int JSONL_FORMAT = -32004;
    public static final int CONFLICT = -32005;
    public static final int TIMEOUT = -32006;
    public static final int BUSY = -32007;
    public static final int SHUTTING_DOWN = -32008;

    private RpcErrors() {}

    /** The error for an exception the core (or an adapter below it) threw; most specific type first. */
    public static RpcError of(BeadsException e) {
        String message = e.getMessage();
        if (e instanceof AmbiguousIdException a) {
            return new RpcError(
                    AMBIGUOUS_ID,
                    message,
                    new JsonObjectBuilder()
                            .put("type", "ambiguous_id")
                            .put("partial", partialOf(message))
                            .putStrings("matches", a.matches())
                            .build());
        }
        if (e instanceof JsonlFormatException j) {
            return new RpcError(
                    JSONL_FORMAT,
                    message,
                    new JsonObjectBuilder()
                            .put("type", "jsonl_format")
                            .put("line", j.line())
                            .build());
        }
        if (e instanceof RpcTimeoutException) {
            return RpcError.typed(TIMEOUT, "timeout", message);
        }
        return switch (e.kind()) {
            case NOT_FOUND -> RpcError.typed(NOT_FOUND, "not_found", message);
            case INVALID -> RpcError.typed(INVALID, "invalid", message);
            case CONFLICT -> RpcError.typed(CONFLICT, "conflict", message);
            case BACKEND -> RpcError.typed(BACKEND, "backend", message);
            case INTERNAL -> new RpcError(RpcError.INTERNAL_ERROR, "Internal error: " + message, null);
        };
    }

    /** The exception a client throws for an error response. */
    public static BeadsException toException(RpcError error) {
        String message = error.message();
        String type = error.type();
        if (type == null) {
            return new BackendException("the daemon refused the request: " + message + " (code " + error.code() + ")");
        }
        return switch (type) {
            case "not_found" -> new NotFoundException(message);
            case "invalid" -> new InvalidInputException(message);
            case "conflict" -> new ConflictException(message);
            case "ambiguous_id" -> new AmbiguousIdException(string(error, "partial"), strings(error, "matches"));
            case "jsonl_format" -> jsonlFormat(error);
            case "timeout" -> new RpcTimeoutException(message);
            default -> new BackendException(message);
        };
    }

    private static String partialOf(String message) {
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        return close < 0 ? "" : message.substring(open + 1, close);
    }

    // JsonlFormatException's message is "line <n> of <source>: <problem>"; it keeps only the line, so source and
    // problem are read back from the message.
    private static BeadsException jsonlFormat(RpcError error) {
        String message = error.message();
        int line = error.data().get("line") instanceof JsonValue.JNumber n && n.isIntegral()
                ? Integer.parseInt(n.text())
                : 0;
        String prefix = "line " + line + " of ";
        int colon = message.indexOf(": ", prefix.length());
        if (!message.startsWith(prefix) || colon < 0) {
            return new InvalidInputException(message);
        }
        return new JsonlFormatException(message.substring(prefix.length(), colon), line, message.substring(colon + 2));
    }

    private static String string(RpcError error, String key) {
        return error.data().get(key) instanceof JsonValue.JString s ? s.value() : "";
    }

    private static List<String> strings(RpcError error, String key) {
        List<String> out = new ArrayList<>();
        if (error.data().get(key) instanceof JsonValue.JArray a) {
            for (JsonValue v : a.items()) {
                if (v instanceof JsonValue.JString s) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }
}
