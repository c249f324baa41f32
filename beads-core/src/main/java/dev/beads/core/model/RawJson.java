package dev.beads.core.model;

import java.util.Objects;

/**
 * A JSON value carried through unchanged: keys this project does not model (and complex Go fields such as
 * {@code bonded_from}) are kept as their compact JSON text and written back as they came.
 */
public record RawJson(String json) {
    public RawJson {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new IllegalArgumentException("raw JSON must not be blank");
        }
    }

    public static RawJson of(String json) {
        return new RawJson(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
