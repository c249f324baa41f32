package dev.beads.adapters.git;

/** Line-level rules of the JSONL file, on raw bytes: line ends, git conflict markers, id order. */
final class JsonlLines {
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
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointRank(x) - codePointRank(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above U+E000-U+FFFF, so that UTF-16 units order like the code points they encode. */
    private static int codePointRank(char c) {
        if (c < 0xd800) {
            return c;
        }
        return c >= 0xe000 ? c - 0x800 : c + 0x2000;
    }
}
