package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The one Jackson factory of the adapter, created on first use: a {@code bd} command that only patches the JSONL
 * (no raw JSON values to re-parse) or does not touch it never loads Jackson, about 15 ms of a cold start.
 * JsonFactory is thread-safe once configured.
 */
final class JacksonFactory {
    /**
     * Deeper than any issue: Go bd's own nesting is three levels. A hostile file fails with a clear error long
     * before the reader's recursion ({@link RawJsonText}) could exhaust the stack.
     */
    static final int MAX_NESTING = 256;

    /** The longest string value (characters): far above any real description, and a bound on what one line costs. */
    static final int MAX_STRING = 16 << 20;

    private JacksonFactory() {}

    private static final class Holder {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .build())
                .build();

        private Holder() {}
    }

    static JsonFactory get() {
        return Holder.FACTORY;
    }
}
