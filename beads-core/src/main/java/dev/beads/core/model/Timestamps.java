package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * RFC 3339 timestamps as Go's {@code time.RFC3339Nano} writes them: nanoseconds with trailing zeros trimmed, the
 * offset kept as written ({@code Z} for UTC), seconds always present.
 */
public final class Timestamps {
    private static final DateTimeFormatter RFC3339_NANO = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private Timestamps() {}

    /** Formats like Go's RFC3339Nano: {@code 2025-12-25T00:59:03.667211-08:00}, {@code 2025-12-26T23:20:20Z}. */
    public static String format(OffsetDateTime time) {
        return RFC3339_NANO.format(time);
    }

    /** Parses RFC 3339 with any number of fraction digits, keeping the offset. */
    public static OffsetDateTime parse(String text) {
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
