package dev.beads.core.model;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The hand-written fast path of {@link Timestamps} for the shape Go bd writes
 * ({@code 2025-12-25T00:59:03.667211-08:00}): {@code DateTimeFormatter} costs about a microsecond a call, a third of
 * the time of reading or writing a large JSONL file or importing it into SQLite. Each method answers null for what
 * it does not handle, and {@link Timestamps} falls back to {@code java.time}.
 */
final class Rfc3339 {
    private Rfc3339() {}

    /** Go's RFC3339Nano, or null for years outside 0-9999 and offsets with seconds. */
    static String format(OffsetDateTime time) {
        int year = time.getYear();
        int offsetSeconds = time.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return null;
        }
        char[] out = new char[35];
        int n = digits(out, 0, year, 4);
        out[n++] = '-';
        n = digits(out, n, time.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, time.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, time.getHour(), 2);
        out[n++] = ':';
        n = digits(out, n, time.getMinute(), 2);
        out[n++] = ':';
        n = digits(out, n, time.getSecond(), 2);
        n = fraction(out, n, time.getNano());
        n = offset(out, n, offsetSeconds);
        return new String(out, 0, n);
    }

    private static int fraction(char[] out, int n, int nanos) {
        if (nanos == 0) {
            return n;
        }
        int width = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            width--;
        }
        out[n++] = '.';
        return digits(out, n, nanos, width);
    }

    private static int offset(char[] out, int n, int offsetSeconds) {
        if (offsetSeconds == 0) {
            out[n++] = 'Z';
            return n;
        }
        out[n++] = offsetSeconds < 0 ? '-' : '+';
        int minutes = Math.abs(offsetSeconds) / 60;
        n = digits(out, n, minutes / 60, 2);
        out[n++] = ':';
        return digits(out, n, minutes % 60, 2);
    }

    private static int digits(char[] out, int n, int value, int width) {
        for (int i = n + width - 1; i >= n; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return n + width;
    }

    /** {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)}, or null for any other text or an impossible date. */
    static OffsetDateTime parse(String s) {
        int len = s.length();
        if (len < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < len && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = parseOffset(s, i);
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (offset == null || (year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset parseOffset(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? s.charAt(i) : 0;
        int hours = number(s, i + 1, 2);
        int minutes = number(s, i + 4, 2);
        if ((sign != '+' && sign != '-') || s.charAt(i + 3) != ':' || hours < 0 || minutes < 0) {
            return null;
        }
        try {
            int total = (hours * 60 + minutes) * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The non-negative number in {@code width} digits at {@code at}, or -1. */
    private static int number(String s, int at, int width) {
        if (at + width > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + width; i++) {
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
