package dev.beads.adapters.git;

import dev.beads.core.port.IssueSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line-level rules of the JSONL file, on raw bytes: line ends, blank lines, git conflict markers, ids, id order. */
final class JsonlLines {
    /** How every line this codec writes starts: the id is the first key. */
    private static final byte[] ID_START = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);

    private JsonlLines() {}

    /** Index of the {@code \n} ending the line that starts at {@code start}, or the data's length. */
    static int endOfLine(byte[] data, int start) {
        for (int i = start; i < data.length; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return data.length;
    }

    /** The number of {@code \n} in {@code data[0, end)}: how many lines come before {@code end}. */
    static int countLines(byte[] data, int end) {
        return countLines(data, 0, end);
    }

    /** The number of {@code \n} in {@code data[start, end)}. */
    static int countLines(byte[] data, int start, int end) {
        int lines = 0;
        for (int i = start; i < end; i++) {
            if (data[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /**
     * Cuts the data into up to {@code parts} ranges {@code [start, end)} of at least {@code minChunk} bytes, each
     * starting at the beginning of a line (just after a {@code \n}).
     */
    static List<int[]> splitRanges(byte[] data, int minChunk, int parts) {
        int count = (int) Math.max(1, Math.min(parts, data.length / Math.max(1L, minChunk)));
        List<int[]> ranges = new ArrayList<>(count);
        int start = 0;
        for (int i = 1; i < count && start < data.length; i++) {
            int cut = endOfLine(data, Math.max(start, (int) ((long) data.length * i / count)));
            if (cut >= data.length) {
                break;
            }
            ranges.add(new int[] {start, cut + 1});
            start = cut + 1;
        }
        ranges.add(new int[] {start, data.length});
        return ranges;
    }

    /** Whether {@code data[start, end)} holds only JSON whitespace (the reader skips such lines). */
    static boolean isBlank(byte[] data, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The id of the line {@code data[start, end)} when the line starts as this codec writes every line: an opening
     * brace, the key {@code "id"}, and a printable ASCII string without escapes, followed by a comma or the closing
     * brace. Otherwise null, and only a parser can tell. The rest of the line is not looked at.
     */
    static String leadingId(byte[] data, int start, int end) {
        int idEnd = leadingIdEnd(data, start, end);
        int from = start + ID_START.length;
        return idEnd < 0 ? null : new String(data, from, idEnd - from, StandardCharsets.US_ASCII);
    }

    /**
     * Where the {@link #leadingId} of the line {@code data[start, end)} ends (the index of its closing quote; it
     * starts at {@code start + 7}), or -1 when the line does not start that way.
     */
    static int leadingIdEnd(byte[] data, int start, int end) {
        int from = start + ID_START.length;
        if (end < from || !Arrays.equals(data, start, from, ID_START, 0, ID_START.length)) {
            return -1;
        }
        for (int i = from; i < end; i++) {
            byte b = data[i];
            // Bytes from 0x80 up are negative: non-ASCII ids go to the parser, which checks their UTF-8.
            if (b == '\\' || b < 0x20 || b == 0x7f) {
                return -1;
            }
            if (b == '"') {
                boolean closed = i + 1 < end && (data[i + 1] == ',' || data[i + 1] == '}');
                return closed && i > from ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code data[start, end)} holds the bytes {@code "_type"} anywhere: such a line may be a record that is
     * not an issue even though it starts with an id, and only a parser can tell.
     */
    static boolean mentionsType(byte[] data, int start, int end) {
        for (int i = start + 1; i + TYPE_KEY.length <= end; i++) {
            if (data[i] == '_' && Arrays.equals(data, i - 1, i - 1 + TYPE_KEY.length, TYPE_KEY, 0, TYPE_KEY.length)) {
                return true;
            }
        }
        return false;
    }

    private static final byte[] TYPE_KEY = "\"_type\"".getBytes(StandardCharsets.US_ASCII);

    /** Where a line's id starts: after the opening brace and {@code "id":"}. */
    static int idStart(int lineStart) {
        return lineStart + ID_START.length;
    }

    /** A line git writes into a conflicted file: {@code <<<<<<< ours}, {@code =======}, {@code >>>>>>> theirs}. */
    static boolean isConflictMarker(byte[] data, int start, int end) {
        if (end - start < 7) {
            return false;
        }
        byte first = data[start];
        if (first != '<' && first != '=' && first != '>' && first != '|') {
            return false;
        }
        for (int i = start + 1; i < start + 7; i++) {
            if (data[i] != first) {
                return false;
            }
        }
        // "=======" stands alone; the others are followed by a space and a label ("|||||||" is diff3's base).
        boolean alone = end - start == 7 || (end - start == 8 && data[start + 7] == '\r');
        return alone || (first != '=' && data[start + 7] == ' ');
    }

    /** Compares as Go compares strings: by the bytes of their UTF-8 encoding (that is, by code point). */
    static int compareUtf8(String a, String b) {
        return IssueSource.compareUtf8(a, b);
    }
}
