package dev.beads.core.service;

/** UTF-8 facts about strings, without encoding them. */
final class Utf8 {
    private Utf8() {}

    /** The number of bytes of {@code text} in UTF-8 (a lone surrogate counts as the 3 bytes of its replacement). */
    static long length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
