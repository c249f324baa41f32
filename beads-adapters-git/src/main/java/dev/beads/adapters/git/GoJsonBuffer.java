package dev.beads.adapters.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that writes JSON strings exactly as Go's {@code encoding/json} does with HTML
 * escaping on (the default of {@code json.Marshal}, which Go bd's export uses):
 *
 * <ul>
 *   <li>{@code "} and {@code \} as {@code \"} and {@code \\}; {@code \n \r \t}, and since Go 1.22 {@code \b \f},
 *       as short escapes; every other control character below U+0020 as {@code \}{@code u00XX}, lowercase hex;
 *   <li>{@code < > &} as {@code \}{@code u003c \}{@code u003e \}{@code u0026}, U+2028 and U+2029 as
 *       {@code \}{@code u2028 \}{@code u2029};
 *   <li>a lone surrogate as U+FFFD, the replacement Go's decoder puts where a file has {@code \}{@code ud800}
 *       alone (so that read → write → read → write is stable);
 *   <li>everything else, DEL and all other non-ASCII included, as raw UTF-8.
 * </ul>
 *
 * <p>Hand-written rather than Jackson {@code CharacterEscapes}: it encodes straight to bytes in one pass, and
 * Jackson's generator writes supplementary characters as escaped surrogate pairs unless told otherwise. Not
 * thread-safe; one buffer per write.
 */
final class GoJsonBuffer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** For each ASCII character: 0 = written as is, 'u' = six-character escape, else the short escape letter. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['<'] = 'u';
        ESCAPES['>'] = 'u';
        ESCAPES['&'] = 'u';
    }

    private byte[] bytes;
    private int length;

    GoJsonBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    void reset() {
        length = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** The content decoded as UTF-8. */
    String content() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    void append(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    /** Appends pre-encoded bytes (key names with their punctuation). */
    void append(byte[] raw) {
        ensure(raw.length);
        System.arraycopy(raw, 0, bytes, length, raw.length);
        length += raw.length;
    }

    /** Appends ASCII text as is: numbers, literals, timestamps. */
    void appendAscii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
    }

    void appendLong(long value) {
        appendAscii(Long.toString(value));
    }

    /** Appends {@code text} as a quoted, Go-escaped JSON string. */
    void appendString(String text) {
        int n = text.length();
        ensure(n + 2);
        bytes[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    ensure(1);
                    bytes[length++] = (byte) c;
                } else {
                    appendEscape(c, escape);
                }
            } else if (c < 0x800) {
                ensure(2);
                bytes[length++] = (byte) (0xc0 | (c >> 6));
                bytes[length++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                i = appendSurrogate(text, i);
            } else if (c == '\u2028' || c == '\u2029') {
                appendUnicodeEscape(c);
            } else {
                appendThreeBytes(c);
            }
        }
        append((byte) '"');
    }

    private void appendEscape(char c, byte escape) {
        if (escape == 'u') {
            appendUnicodeEscape(c);
        } else {
            ensure(2);
            bytes[length++] = '\\';
            bytes[length++] = escape;
        }
    }

    private void appendUnicodeEscape(char c) {
        ensure(6);
        bytes[length++] = '\\';
        bytes[length++] = 'u';
        bytes[length++] = HEX[(c >> 12) & 0xf];
        bytes[length++] = HEX[(c >> 8) & 0xf];
        bytes[length++] = HEX[(c >> 4) & 0xf];
        bytes[length++] = HEX[c & 0xf];
    }

    private void appendThreeBytes(char c) {
        ensure(3);
        bytes[length++] = (byte) (0xe0 | (c >> 12));
        bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        bytes[length++] = (byte) (0x80 | (c & 0x3f));
    }

    /** Writes the pair at {@code i} as four UTF-8 bytes, or a lone surrogate as U+FFFD; returns the last index used. */
    private int appendSurrogate(String text, int i) {
        char high = text.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(high, text.charAt(i + 1));
            ensure(4);
            bytes[length++] = (byte) (0xf0 | (cp >> 18));
            bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            bytes[length++] = (byte) (0x80 | (cp & 0x3f));
            return i + 1;
        }
        appendThreeBytes('\ufffd');
        return i;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
