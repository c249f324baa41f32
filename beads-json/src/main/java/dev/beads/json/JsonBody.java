package dev.beads.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one JSON value with a streaming generator. */
@FunctionalInterface
public interface JsonBody {
    void write(JsonGenerator g) throws IOException;
}
