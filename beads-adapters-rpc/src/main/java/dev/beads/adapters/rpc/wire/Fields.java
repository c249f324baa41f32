package dev.beads.adapters.rpc.wire;

import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of one JSON object's fields. A field of the wrong JSON type is an {@link InvalidParamsException}
 * naming it; an absent field or {@code null} reads as absent.
 */
public record Fields(JsonValue.JObject object) {

    public static Fields of(JsonValue value, String what) {
        if (value instanceof JsonValue.JObject o) {
            return new Fields(o);
        }
        throw new InvalidParamsException(what + " must be an object, got " + typeOf(value));
    }

    public static Fields empty() {
        return new Fields(new JsonValue.JObject(Map.of()));
    }

    public boolean has(String key) {
        JsonValue v = object.get(key);
        return v != null && !(v instanceof JsonValue.JNull);
    }

    public JsonValue raw(String key) {
        return object.get(key);
    }

    public String string(String key) {
        String s = optString(key);
        if (s == null) {
            throw new InvalidParamsException("\"" + key + "\" is required (a string)");
        }
        return s;
    }

    public String optString(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JNull) {
            return null;
        }
        if (v instanceof JsonValue.JString s) {
            return s.value();
        }
        throw wrong(key, "a string", v);
    }

    public IssueId id(String key) {
        return IssueId.of(string(key));
    }

    public IssueId optId(String key) {
        String s = optString(key);
        return s == null ? null : IssueId.of(s);
    }

    public Integer optInt(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JNull) {
            return null;
        }
        if (v instanceof JsonValue.JNumber n && n.isIntegral()) {
            try {
                return Integer.valueOf(n.text());
            } catch (NumberFormatException e) {
                throw wrong(key, "an integer in range", v);
            }
        }
        throw wrong(key, "an integer", v);
    }

    public int intOr(String key, int fallback) {
        Integer i = optInt(key);
        return i == null ? fallback : i;
    }

    public long longOr(String key, long fallback) {
        JsonValue v = object.get(key);
        if (v instanceof JsonValue.JNumber n && n.isIntegral()) {
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                throw wrong(key, "an integer in range", v);
            }
        }
        if (v == null || v instanceof JsonValue.JNull) {
            return fallback;
        }
        throw wrong(key, "an integer", v);
    }

    public double doubleOr(String key, double fallback) {
        JsonValue v = object.get(key);
        if (v instanceof JsonValue.JNumber n) {
            return Double.parseDouble(n.text());
        }
        if (v == null || v instanceof JsonValue.JNull) {
            return fallback;
        }
        throw wrong(key, "a number", v);
    }

    public boolean bool(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JNull) {
            return false;
        }
        if (v instanceof JsonValue.JBool b) {
            return b.value();
        }
        throw wrong(key, "true or false", v);
    }

    /** A list of strings, or null when absent. */
    public List<String> optStrings(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JNull) {
            return null;
        }
        if (!(v instanceof JsonValue.JArray a)) {
            throw wrong(key, "an array of strings", v);
        }
        List<String> out = new ArrayList<>(a.items().size());
        for (JsonValue item : a.items()) {
            if (!(item instanceof JsonValue.JString s)) {
                throw wrong(key, "an array of strings", v);
            }
            out.add(s.value());
        }
        return out;
    }

    public List<String> strings(String key) {
        List<String> s = optStrings(key);
        return s == null ? List.of() : s;
    }

    public Set<String> stringSet(String key) {
        return new LinkedHashSet<>(strings(key));
    }

    public List<IssueId> ids(String key) {
        List<IssueId> out = new ArrayList<>();
        for (String s : strings(key)) {
            out.add(IssueId.of(s));
        }
        return out;
    }

    public OffsetDateTime optTime(String key) {
        String s = optString(key);
        return s == null ? null : Timestamps.parse(s);
    }

    public Fields object(String key) {
        return Fields.of(object.get(key), "\"" + key + "\"");
    }

    public List<JsonValue> array(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JNull) {
            return List.of();
        }
        if (v instanceof JsonValue.JArray a) {
            return a.items();
        }
        throw wrong(key, "an array", v);
    }

    private static InvalidParamsException wrong(String key, String expected, JsonValue got) {
        return new InvalidParamsException("\"" + key + "\" must be " + expected + ", got " + typeOf(got));
    }

    static String typeOf(JsonValue v) {
        return v == null ? "nothing" : v.typeName();
    }
}
