package dev.beads.adapters.rpc.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link JsonValue.JObject} in the order keys are put. */
public final class JsonObjectBuilder {
    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    public JsonObjectBuilder put(String key, JsonValue value) {
        fields.put(key, value);
        return this;
    }

    public JsonObjectBuilder put(String key, String value) {
        return put(key, JsonValue.of(value));
    }

    public JsonObjectBuilder put(String key, long value) {
        return put(key, JsonValue.of(value));
    }

    public JsonObjectBuilder put(String key, boolean value) {
        return put(key, JsonValue.of(value));
    }

    /** Puts the value unless it is null (absent stays absent on the wire). */
    public JsonObjectBuilder putIfPresent(String key, String value) {
        return value == null ? this : put(key, value);
    }

    public JsonObjectBuilder putIfPresent(String key, Integer value) {
        return value == null ? this : put(key, value.longValue());
    }

    public JsonObjectBuilder putStrings(String key, Iterable<String> values) {
        List<JsonValue> items = new java.util.ArrayList<>();
        for (String v : values) {
            items.add(JsonValue.of(v));
        }
        return put(key, new JsonValue.JArray(items));
    }

    public JsonValue.JObject build() {
        return new JsonValue.JObject(fields);
    }
}
