package dev.beads.testkit.gen;

/** Strings that exercise escaping and encoding. */
public final class Texts {
    /**
     * The characters escaping must get right: JSON's quote, backslash and slash, every short escape, NUL and other
     * C0 controls, DEL, HTML's {@code < > &} (Go escapes them), U+2028/U+2029 (JavaScript line terminators, Go
     * escapes them), Latin-1 and CJK, U+FFFD, an emoji and the last code point (surrogate pairs in UTF-16), space.
     */
    public static final int[] SPECIAL = {
        '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 1, 0x1f, 0x7f, '<', '>', '&', 0x2028, 0x2029, 0xe9, 0x65e5,
        0xfffd, 0x1f600, 0x10ffff, ' '
    };

    private Texts() {}

    /**
     * Up to {@code max} code points (the length follows the shape): a third from {@link #SPECIAL}, a third ASCII
     * letters, a third any valid code point from U+0020 up (surrogate code points excluded: every string is valid
     * UTF-16, as text read from UTF-8 always is).
     */
    public static String tricky(Gen gen, int max) {
        StringBuilder sb = new StringBuilder();
        int n = gen.size(max);
        for (int i = 0; i < n; i++) {
            switch (gen.below(3)) {
                case 0 -> sb.appendCodePoint(gen.pick(SPECIAL));
                case 1 -> sb.append((char) ('a' + gen.below(26)));
                default -> {
                    int cp = 0x20 + gen.below(0x10ffff - 0x20);
                    sb.appendCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 'z' : cp);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Up to {@code max} UTF-16 chars, any of them: half uniform over U+0000..U+FFFF (lone surrogates and
     * noncharacters included), a quarter from {@link #SPECIAL}, a quarter supplementary code points (two chars). For
     * code that takes any Java string.
     */
    public static String anyChars(Gen gen, int max) {
        StringBuilder sb = new StringBuilder();
        int n = gen.size(max);
        while (sb.length() < n) {
            switch (gen.below(4)) {
                case 0, 1 -> sb.append((char) gen.below(0x10000));
                case 2 -> sb.appendCodePoint(gen.pick(SPECIAL));
                default -> sb.appendCodePoint(0x10000 + gen.below(0x10ffff - 0x10000 + 1));
            }
        }
        return sb.toString();
    }

    /** Up to {@code max} code points, each one of {@code alphabet}. */
    public static String ofCodePoints(Gen gen, int[] alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        int n = gen.size(max);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(gen.pick(alphabet));
        }
        return sb.toString();
    }

    /** {@code count} of {@code words}, joined with single spaces. */
    public static String words(Gen gen, String[] words, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(gen.pick(words));
        }
        return sb.toString();
    }

    /**
     * {@code text} with every control character, DEL, surrogate, noncharacter and line or paragraph separator
     * written as {@code \}{@code uXXXX}, and backslash doubled: a failing case printed so that it reads on one line
     * and can be pasted into Java source.
     */
    public static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029 || c >= 0xfffe) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
