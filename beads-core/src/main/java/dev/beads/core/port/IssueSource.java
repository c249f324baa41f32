package dev.beads.core.port;

import dev.beads.core.model.Issue;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Issues handed over one at a time (an export that streams the store instead of holding it whole), in the order the
 * JSONL sorts them: {@link #ORDER}.
 */
@FunctionalInterface
public interface IssueSource {

    /**
     * By id, in the byte order of the ids' UTF-8 encoding, which is Go's string order and SQLite's {@code BINARY}
     * collation: UTF-16 units compare so, except that surrogates (code points above U+FFFF) sort after U+E000-U+FFFF.
     */
    Comparator<Issue> ORDER = (a, b) -> compareUtf8(a.id().value(), b.id().value());

    /** Hands every issue to {@code each}, in {@link #ORDER}, and returns when done. */
    void forEach(Consumer<Issue> each);

    /** Compares as Go compares strings: by the bytes of their UTF-8 encoding (that is, by code point). */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return rank(x) - rank(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above U+E000-U+FFFF, so that UTF-16 units order like the code points they encode. */
    private static int rank(char c) {
        if (c < 0xd800) {
            return c;
        }
        return c >= 0xe000 ? c - 0x800 : c + 0x2000;
    }
}
