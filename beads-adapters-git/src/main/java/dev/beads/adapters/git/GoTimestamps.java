package dev.beads.adapters.git;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;

/** Timestamps as Go bd reads them from JSONL: {@link Timestamps}, limited to Go's four-digit years. */
final class GoTimestamps {
    private GoTimestamps() {}

    /** {@link Timestamps#parse}, refusing years Go's RFC 3339 parser does not accept. */
    static OffsetDateTime parse(String text) {
        OffsetDateTime time = Timestamps.parse(text);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            throw new InvalidInputException(
                    "invalid timestamp \"" + text + "\": the year must have four digits, like 2025-01-31T12:00:00Z");
        }
        return time;
    }
}
