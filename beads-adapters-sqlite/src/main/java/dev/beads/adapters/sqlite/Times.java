package dev.beads.adapters.sqlite;

import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;

/**
 * Timestamps in the database: the RFC 3339 text as {@link Timestamps} writes it (it keeps the offset, for the round
 * trip) and epoch nanoseconds (for ordering and filtering by instant).
 */
final class Times {
    private Times() {}

    /** {@link Timestamps#format}, null for null. */
    static String text(OffsetDateTime time) {
        return time == null ? null : Timestamps.format(time);
    }

    /**
     * Nanoseconds since the epoch, clamped to the range of a long (years 1677-2262): Go's zero time (year 1) must
     * still sort first instead of overflowing.
     */
    static Long nanos(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        long seconds = time.toEpochSecond();
        if (seconds > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return Long.MAX_VALUE;
        }
        if (seconds < Long.MIN_VALUE / 1_000_000_000L + 1) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + time.getNano();
    }

    /** {@link Timestamps#parse} of what {@link #text} wrote, null for null. */
    static OffsetDateTime parse(String text) {
        return text == null ? null : Timestamps.parse(text);
    }
}
