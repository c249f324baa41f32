package dev.beads.adapters.git;

/** The order of issues in a JSONL the codec writes, for code outside the codec that must produce the same order. */
public final class JsonlOrder {
    private JsonlOrder() {}

    /** Compares two issue ids as Go bd does: as their UTF-8 bytes. */
    public static int compareIds(String a, String b) {
        return JsonlLines.compareUtf8(a, b);
    }
}
