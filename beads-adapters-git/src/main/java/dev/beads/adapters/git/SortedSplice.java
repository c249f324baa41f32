package dev.beads.adapters.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The fast path of {@link JsonlPatcher}: a file exactly as this codec writes it (every line starting with its ASCII
 * id, ids strictly ascending, no blank lines, a newline after the last line, no line that mentions {@code "_type"}
 * and so may be a record other than an issue) is patched by merging the few new lines
 * into it, without an object per line or a sort. The result is byte for byte what the general path produces; any
 * file it cannot vouch for gets null, and the general path. A flush after one {@code bd create} patches a file of
 * every issue, so this is on the path of every change.
 */
final class SortedSplice {
    private SortedSplice() {}

    /**
     * {@code data} with each line of {@code replacements} (by id, without its newline) put in place of the line of
     * that id or inserted where its id sorts; null when {@code data} is not in this codec's sorted form or an id to
     * put in is not ASCII.
     */
    static byte[] of(byte[] data, Map<String, byte[]> replacements) {
        if (data.length > 0 && data[data.length - 1] != '\n') {
            return null;
        }
        List<Replacement> pending = sortedAscii(replacements);
        if (pending == null) {
            return null;
        }
        List<byte[]> arrays = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int next = 0; // the first replacement not yet put in
        int keptFrom = 0; // the start of the run of kept lines not yet added
        int previousIdStart = -1;
        int previousIdEnd = -1;
        for (int start = 0; start < data.length; ) {
            int end = JsonlLines.endOfLine(data, start);
            int idEnd = JsonlLines.leadingIdEnd(data, start, end);
            if (idEnd < 0 || JsonlLines.mentionsType(data, idEnd, end)) {
                return null;
            }
            int idStart = JsonlLines.idStart(start);
            if (previousIdStart >= 0
                    && Arrays.compare(data, previousIdStart, previousIdEnd, data, idStart, idEnd) >= 0) {
                return null; // not strictly ascending
            }
            previousIdStart = idStart;
            previousIdEnd = idEnd;
            while (next < pending.size()) {
                Replacement r = pending.get(next);
                int order = Arrays.compare(r.id(), 0, r.id().length, data, idStart, idEnd);
                if (order > 0) {
                    break; // sorts after this line
                }
                add(arrays, ranges, data, keptFrom, start);
                addLine(arrays, ranges, r.line());
                next++;
                if (order == 0) {
                    keptFrom = end + 1; // replaces this line
                    break;
                }
                keptFrom = start; // inserted before this line
            }
            start = end + 1;
        }
        add(arrays, ranges, data, keptFrom, data.length);
        for (; next < pending.size(); next++) {
            addLine(arrays, ranges, pending.get(next).line());
        }
        return join(arrays, ranges);
    }

    /** A line to put in, and its id as ASCII bytes. */
    private record Replacement(byte[] id, byte[] line) {}

    /** A class, not a lambda: this runs once per bd process, where linking one costs more than the patch. */
    private static final Comparator<Replacement> BY_ID = new Comparator<>() {
        @Override
        public int compare(Replacement a, Replacement b) {
            return Arrays.compare(a.id(), b.id());
        }
    };

    /** The replacements in ascending id order, or null when an id is not printable ASCII. */
    private static List<Replacement> sortedAscii(Map<String, byte[]> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements.size());
        for (Map.Entry<String, byte[]> e : replacements.entrySet()) {
            String id = e.getKey();
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c < 0x20 || c >= 0x7f) {
                    return null;
                }
            }
            sorted.add(new Replacement(id.getBytes(StandardCharsets.US_ASCII), e.getValue()));
        }
        sorted.sort(BY_ID);
        return sorted;
    }

    private static void add(List<byte[]> arrays, List<int[]> ranges, byte[] array, int from, int to) {
        if (to > from) {
            arrays.add(array);
            ranges.add(new int[] {from, to});
        }
    }

    private static void addLine(List<byte[]> arrays, List<int[]> ranges, byte[] line) {
        add(arrays, ranges, line, 0, line.length);
        add(arrays, ranges, NEWLINE, 0, 1);
    }

    private static final byte[] NEWLINE = {'\n'};

    private static byte[] join(List<byte[]> arrays, List<int[]> ranges) {
        int size = 0;
        for (int[] range : ranges) {
            size += range[1] - range[0];
        }
        byte[] content = new byte[size];
        int at = 0;
        for (int i = 0; i < arrays.size(); i++) {
            int[] range = ranges.get(i);
            System.arraycopy(arrays.get(i), range[0], content, at, range[1] - range[0]);
            at += range[1] - range[0];
        }
        return content;
    }
}
