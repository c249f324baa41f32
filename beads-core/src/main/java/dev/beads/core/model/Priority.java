package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;

/**
 * Priority 0 (highest) to 4 (lowest); the CLI takes {@code 1} or {@code P1}; 2 is the default. The range guards what
 * commands write ({@link #of}, {@link #parse}); a priority read from history is kept as written ({@link #stored}).
 */
public record Priority(int value) implements Comparable<Priority> {
    public static final int HIGHEST = 0;
    public static final int LOWEST = 4;
    public static final Priority DEFAULT = new Priority(2);

    /** A priority a command sets: 0 to 4. */
    public static Priority of(int value) {
        if (value < HIGHEST || value > LOWEST) {
            throw new InvalidInputException("invalid priority " + value + ": use 0 (highest) to 4 (lowest), or P0-P4");
        }
        return new Priority(value);
    }

    /** A priority as history holds it, unchecked. */
    public static Priority stored(int value) {
        return new Priority(value);
    }

    /** Whether this is one of 0-4. */
    public boolean inRange() {
        return value >= HIGHEST && value <= LOWEST;
    }

    /** Parses {@code 1} or {@code P1} (case-insensitive). */
    public static Priority parse(String text) {
        String t = text.trim();
        if (t.length() == 2 && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
            t = t.substring(1);
        }
        try {
            return of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "invalid priority \"" + text + "\": use 0 (highest) to 4 (lowest), or P0-P4");
        }
    }

    @Override
    public int compareTo(Priority other) {
        return Integer.compare(value, other.value);
    }

    // equals and hashCode written out: a record's generated ones are linked through invokedynamic on first use,
    // milliseconds of a cold bd process.
    @Override
    public boolean equals(Object o) {
        return o instanceof Priority other && value == other.value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return "P" + value;
    }
}
