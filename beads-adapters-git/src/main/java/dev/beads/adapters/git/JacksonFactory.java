package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The one Jackson factory of the adapter, created on first use: a {@code bd} command that only patches the JSONL
 * (no raw JSON values to re-parse) or does not touch it never loads Jackson, about 15 ms of a cold start.
 * JsonFactory is thread-safe once configured.
 */
final class JacksonFactory {
    private JacksonFactory() {}

    private static final class Holder {
        static final JsonFactory FACTORY = JsonFactory.builder().build();

        private Holder() {}
    }

    static JsonFactory get() {
        return Holder.FACTORY;
    }
}
