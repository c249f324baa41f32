package dev.beads.adapters.sqlite;

import dev.beads.core.model.Timestamps;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps in the database: the RFC 3339 text as {@link Timestamps} writes it (it keeps the offset, for the round
 * trip) and epoch nanoseconds (for ordering and filtering by instant).
 */
final class Times {
    private Times() {}

    /**
     * {@link Timestamps#format}, written by hand for years 0-9999 and whole-minute offsets (every real timestamp):
     * {@code DateTimeFormatter} cost a third of an import's time. Other values get ISO-8601, which {@link #parse}
     * reads back exactly.
     */
    static String text(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        int year = time.getYear();
        int offset = time.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offset % 60 != 0) {
            // Outside RFC 3339 (Timestamps.format cannot print these): ISO-8601 keeps them exactly.
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        StringBuilder out = new StringBuilder(35);
        pad(out, year, 4).append('-');
        pad(out, time.getMonthValue(), 2).append('-');
        pad(out, time.getDayOfMonth(), 2).append('T');
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        pad(out, time.getSecond(), 2);
        fraction(out, time.getNano());
        if (offset == 0) {
            return out.append('Z').toString();
        }
        int minutes = Math.abs(offset) / 60;
        out.append(offset < 0 ? '-' : '+');
        pad(out, minutes / 60, 2).append(':');
        return pad(out, minutes % 60, 2).toString();
    }

    /** Go's RFC3339Nano fraction: nothing for zero, else up to nine digits with trailing zeros trimmed. */
    private static void fraction(StringBuilder out, int nanos) {
        if (nanos == 0) {
            return;
        }
        int digits = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            digits--;
        }
        out.append('.');
        pad(out, nanos, digits);
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(s);
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

    /**
     * Parses what {@link #text} wrote. The common shape ({@code 2025-01-31T12:00:00.123Z}, {@code ...-08:00}) is
     * read by hand, about ten times faster than {@code DateTimeFormatter}, which matters when exporting 100k issues;
     * anything else goes through {@link Timestamps#parse}.
     */
    static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        OffsetDateTime fast = parseCommon(text);
        return fast != null ? fast : Timestamps.parse(text);
    }

    private static OffsetDateTime parseCommon(String s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (s.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < n && isDigit(s.charAt(pos))) {
                nanos = nanos * 10 + (s.charAt(pos++) - '0');
            }
            int digits = pos - start;
            if (digits == 0 || digits > 9) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(s, pos);
        int[] f = {
            digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2), digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2)
        };
        if (offset == null || f[0] < 0 || f[1] < 0 || f[2] < 0 || f[3] < 0 || f[4] < 0 || f[5] < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String s, int pos) {
        int n = s.length();
        if (pos == n - 1 && s.charAt(pos) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (pos != n - 6 || s.charAt(pos + 3) != ':') {
            return null;
        }
        char sign = s.charAt(pos);
        int hours = digits(s, pos + 1, 2);
        int minutes = digits(s, pos + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0) {
            return null;
        }
        int total = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        try {
            return ZoneOffset.ofTotalSeconds(total);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of {@code count} decimal digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
