package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.Duration;

/**
 * Go's {@code time.ParseDuration} syntax ({@code 30s}, {@code 1m30s}, {@code 1.5h}, {@code 300ms}, {@code 0}), for
 * the flags Go bd declares as durations ({@code --lock-timeout}). Written out, not a regex: it runs on the start path.
 */
public final class GoDuration {
    private GoDuration() {}

    /** The duration {@code text} names, or null when {@code text} is null; {@code flag} names it in the error. */
    public static Duration parse(String flag, String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw invalid(flag, text);
        }
        double nanos = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            if (start == unitStart || unitStart == i) {
                throw invalid(flag, text);
            }
            double value;
            try {
                value = Double.parseDouble(s.substring(start, unitStart));
            } catch (NumberFormatException e) {
                throw invalid(flag, text);
            }
            nanos += value * unitNanos(flag, text, s.substring(unitStart, i));
        }
        Duration d = Duration.ofNanos((long) nanos);
        return negative ? d.negated() : d;
    }

    private static double unitNanos(String flag, String text, String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs", "μs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default -> throw invalid(flag, text);
        };
    }

    private static InvalidInputException invalid(String flag, String text) {
        return new InvalidInputException("invalid argument \"" + text + "\" for \"" + flag
                + "\" flag: time: invalid duration; use a Go duration such as 30s, 1m or 1500ms");
    }
}
