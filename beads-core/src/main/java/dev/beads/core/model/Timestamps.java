package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 timestamps as Go's {@code time.RFC3339Nano} writes them: nanoseconds with trailing zeros trimmed, the
 * offset kept as written ({@code Z} for UTC), seconds always present. The JSONL codec and the SQLite adapter both
 * go through here; the common shape takes a hand-written fast path ({@link Rfc3339}).
 */
public final class Timestamps {
    private Timestamps() {}

    /**
     * Go's zero {@code time.Time} ({@code 0001-01-01T00:00:00Z}): what {@code json.Unmarshal} leaves in a timestamp a
     * JSONL line does not have, and so what this project holds for a missing {@code created_at}/{@code updated_at}.
     */
    public static final OffsetDateTime GO_ZERO = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Whether {@code time} is {@link #GO_ZERO}, offset included (a time written as such in another zone is not). */
    public static boolean isGoZero(OffsetDateTime time) {
        return time != null && time.equals(GO_ZERO);
    }

    /**
     * Formats like Go's RFC3339Nano: {@code 2025-12-25T00:59:03.667211-08:00}, {@code 2025-12-26T23:20:20Z}. Values
     * RFC 3339 cannot express (years outside 0-9999, offsets with seconds) come out as ISO-8601, which
     * {@link #parse} reads back exactly.
     */
    public static String format(OffsetDateTime time) {
        String fast = Rfc3339.format(time);
        return fast != null ? fast : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** Parses RFC 3339 (or ISO-8601 with an offset) with any number of fraction digits, keeping the offset. */
    public static OffsetDateTime parse(String text) {
        OffsetDateTime fast = Rfc3339.parse(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "invalid timestamp \"" + text + "\": use RFC 3339, like 2025-01-31T12:00:00Z");
        }
    }

    /** Nanoseconds since the epoch, for ordering and for hash ids. */
    public static long epochNanos(OffsetDateTime time) {
        return time.toEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
