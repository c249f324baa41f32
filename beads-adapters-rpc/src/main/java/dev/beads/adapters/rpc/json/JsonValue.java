package dev.beads.adapters.rpc.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as the protocol sees it: small, immutable, and exact (numbers keep their text, objects their key
 * order and, when parsed, the bytes they came from, so an issue object is handed to the JSONL codec as it was sent).
 */
public sealed interface JsonValue {

    JsonValue NULL = new JNull();

    JsonValue TRUE = new JBool(true);

    JsonValue FALSE = new JBool(false);

    /** The JSON type name used in error messages ("string", "object", ...). */
    String typeName();

    static JsonValue of(String s) {
        return s == null ? NULL : new JString(s);
    }

    static JsonValue of(long n) {
        return new JNumber(Long.toString(n));
    }

    static JsonValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    record JNull() implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }

    record JBool(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** A number as written: its text is valid JSON number syntax. */
    record JNumber(String text) implements JsonValue {
        @Override
        public String typeName() {
            return "number";
        }

        /** Whether the text is an integer (no fraction, no exponent). */
        public boolean isIntegral() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') {
                    return false;
                }
            }
            return true;
        }
    }

    record JString(String value) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record JArray(List<JsonValue> items) implements JsonValue {
        public JArray {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /**
     * An object in key order. {@code source} is the UTF-8 text it was parsed from, or null for one built here (it
     * takes no part in equality).
     */
    record JObject(Map<String, JsonValue> fields, String source) implements JsonValue {
        public JObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public JObject(Map<String, JsonValue> fields) {
            this(fields, null);
        }

        public JsonValue get(String key) {
            return fields.get(key);
        }

        /** Equal when the fields are: where an object was parsed from does not make it another value. */
        @Override
        public boolean equals(Object o) {
            return o instanceof JObject other && fields.equals(other.fields);
        }

        @Override
        public int hashCode() {
            return fields.hashCode();
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** Ready-made JSON text written as it is (an issue's JSONL line); never produced by parsing. */
    record JRaw(String json) implements JsonValue {
        @Override
        public String typeName() {
            return "object";
        }
    }
}
