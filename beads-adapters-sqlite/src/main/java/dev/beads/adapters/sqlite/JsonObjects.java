package dev.beads.adapters.sqlite;

import dev.beads.core.model.RawJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code extra} columns: a map of unknown JSON keys to their raw JSON values, stored as one compact JSON object
 * text with the keys in their original order. Values are already JSON text, so this needs no JSON library: encoding
 * quotes the keys, decoding finds where each value ends.
 */
final class JsonObjects {
    private JsonObjects() {}

    /** The JSON object text of {@code map}, or null for an empty map (stored as SQL NULL). */
    static String encode(Map<String, RawJson> map) {
        if (map.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        out.append('{');
        for (Map.Entry<String, RawJson> e : map.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(e.getKey(), out);
            out.append(':').append(e.getValue().json());
        }
        return out.append('}').toString();
    }

    /** The map {@link #encode} wrote, keys in order; an empty map for null. */
    static Map<String, RawJson> decode(String text) {
        if (text == null) {
            return Map.of();
        }
        return new Decoder(text).object();
    }

    /** A JSON array of strings, for binding a set of ids as one parameter ({@code json_each(?)}). */
    static String stringArray(Iterable<String> values) {
        StringBuilder out = new StringBuilder();
        out.append('[');
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(v, out);
        }
        return out.append(']').toString();
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Reads the object {@link #encode} wrote (no whitespace between tokens, though it tolerates some). */
    private static final class Decoder {
        private final String text;
        private int pos;

        Decoder(String text) {
            this.text = text;
        }

        Map<String, RawJson> object() {
            Map<String, RawJson> map = new LinkedHashMap<>();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                int start = pos;
                skipValue();
                map.put(key, RawJson.of(text.substring(start, pos)));
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                expect(',');
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        /** Moves past one JSON value: a string, or anything up to the ',' or '}' that closes it at depth 0. */
        private void skipValue() {
            int depth = 0;
            while (pos < text.length()) {
                char c = peek();
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (depth == 0 && (c == ',' || c == '}')) {
                    return;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
                pos++;
            }
        }

        private void skipString() {
            pos++;
            while (true) {
                char c = next();
                if (c == '\\') {
                    pos++;
                } else if (c == '"') {
                    return;
                }
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw malformed();
            }
            return text.charAt(pos);
        }

        private char next() {
            char c = peek();
            pos++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw malformed();
            }
        }

        private IllegalArgumentException malformed() {
            return new IllegalArgumentException("malformed extra JSON at offset " + pos + ": " + text);
        }
    }
}
