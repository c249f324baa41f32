package dev.beads.adapters.git;

import dev.beads.core.port.JsonlCodec;

/** The JSONL codec for code that does not use Guice (benchmarks, tools); everything else injects it. */
public final class JsonlCodecs {
    private JsonlCodecs() {}

    /** A new codec: Go bd's JSONL format, thread-safe. */
    public static JsonlCodec create() {
        return new JacksonJsonlCodec();
    }
}
