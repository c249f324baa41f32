package dev.beads.testkit.gen;

/**
 * JSON values in the canonical form Go bd writes: compact, strings escaped as Go's {@code encoding/json} does with
 * HTML escaping (its default). A value generated here is read and written back unchanged by a lossless codec, so
 * records holding it compare equal after a round trip. Written independently of the codec's own writer, so that a
 * test checks one against the other.
 */
public final class Json {
    private static final String[] NUMBERS = {"1.50", "-0", "1e9", "2.5E-3", "0.0"};

    private Json() {}

    /**
     * A value nested up to {@code depth}: a string ({@link Texts#tricky}), a long (extremes in the edge shapes),
     * a number as written in the wild, a boolean, null, and (when {@code depth > 0}) arrays and objects.
     */
    public static String value(Gen gen, int depth) {
        StringBuilder out = new StringBuilder();
        append(gen, out, depth);
        return out.toString();
    }

    /** {@code text} as a quoted JSON string escaped as Go does (see {@link Json}). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void append(Gen gen, StringBuilder out, int depth) {
        switch (gen.below(depth > 0 ? 7 : 5)) {
            case 0 -> out.append(quote(Texts.tricky(gen, 8)));
            case 1 -> out.append(gen.between(Long.MIN_VALUE, Long.MAX_VALUE));
            case 2 -> out.append(gen.pick(NUMBERS));
            case 3 -> out.append(gen.coin());
            case 4 -> out.append("null");
            case 5 -> appendArray(gen, out, depth);
            default -> appendObject(gen, out, depth);
        }
    }

    private static void appendArray(Gen gen, StringBuilder out, int depth) {
        out.append('[');
        int n = gen.size(2);
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? "," : "");
            append(gen, out, depth - 1);
        }
        out.append(']');
    }

    private static void appendObject(Gen gen, StringBuilder out, int depth) {
        out.append('{');
        int n = gen.size(2);
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? "," : "");
            out.append(quote("k" + i + Texts.tricky(gen, 3))).append(':');
            append(gen, out, depth - 1);
        }
        out.append('}');
    }
}
