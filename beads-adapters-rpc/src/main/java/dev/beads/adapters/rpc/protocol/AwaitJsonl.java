package dev.beads.adapters.rpc.protocol;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import java.util.Map;

/**
 * The request param {@code "await_jsonl": true} (ours, docs/DECISIONS.md): a mutating method so marked is answered
 * only once the workspace JSONL holds its change, not just the database; without it the answer comes after the
 * SQLite commit and the JSONL follows within 50 ms. {@code bd} sends it with every mutation, so
 * {@code bd create … && git commit -a} commits the new issue. Any method accepts it; only mutations wait.
 */
public final class AwaitJsonl {
    /** The param's name. */
    public static final String PARAM = "await_jsonl";

    private AwaitJsonl() {}

    /** Whether {@code params} (null: none) asks to wait for the JSONL. */
    public static boolean requested(JsonValue.JObject params) {
        return params != null && params.get(PARAM) instanceof JsonValue.JBool b && b.value();
    }

    /** {@code params} (null: none) with {@code "await_jsonl": true} added. */
    public static JsonValue.JObject add(JsonValue.JObject params) {
        JsonObjectBuilder b = new JsonObjectBuilder();
        if (params != null) {
            for (Map.Entry<String, JsonValue> f : params.fields().entrySet()) {
                b.put(f.getKey(), f.getValue());
            }
        }
        return b.put(PARAM, true).build();
    }
}
