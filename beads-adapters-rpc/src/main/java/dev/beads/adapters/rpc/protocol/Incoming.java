package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.JsonValue;
import java.util.List;

/** One frame as the server reads it: a JSON-RPC 2.0 message, a batch of them, Go bd's format, or garbage. */
public sealed interface Incoming {

    /** A request with an {@code id}: it gets exactly one response. {@code params} is never null. */
    record Call(JsonValue id, String method, JsonValue.JObject params) implements Incoming {}

    /**
     * A request without an {@code id}: it is run and never answered, not even with an error. {@code params} is null
     * when they were not an object (then it is not run either).
     */
    record Notification(String method, JsonValue.JObject params) implements Incoming {}

    /**
     * Something that is not a valid request (or not JSON at all); answered with {@code error}, using {@code id}
     * when one could be read, else null.
     */
    record Invalid(JsonValue id, RpcError error) implements Incoming {}

    /** A JSON array of messages (never empty: an empty array is {@link Invalid}). */
    record Batch(List<Incoming> members) implements Incoming {
        public Batch {
            members = List.copyOf(members);
        }
    }

    /** A frame in Go bd's own format ({@code {"operation", "args", ...}}), answered in that format. */
    record GoRequest(JsonValue.JObject frame) implements Incoming {}
}
