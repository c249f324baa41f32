package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.JsonValue;
import java.util.List;

/** What the server writes: a response, a batch of responses, or a notification of its own. */
public sealed interface Outgoing {

    record Result(JsonValue id, JsonValue result) implements Outgoing {}

    record Failure(JsonValue id, RpcError error) implements Outgoing {}

    /** Responses to a batch, in no particular order (the spec's rule); never empty. */
    record BatchReply(List<Outgoing> responses) implements Outgoing {
        public BatchReply {
            responses = List.copyOf(responses);
        }
    }

    /** A server-to-client notification, such as {@code issue_changed}. */
    record Notify(String method, JsonValue.JObject params) implements Outgoing {}

    /** A whole Go bd response object ({@code {"success", "data", "error"}}), written as it is. */
    record GoResponse(JsonValue.JObject frame) implements Outgoing {}
}
