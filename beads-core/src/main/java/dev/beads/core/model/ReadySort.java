package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.Locale;

/** Orders for ready work (beads ready semantics). */
public enum ReadySort {
    /** Issues created in the last 48 h by priority, then older ones oldest first. The default. */
    HYBRID,
    /** Priority, then oldest first. */
    PRIORITY,
    /** Oldest first. */
    OLDEST;

    public static ReadySort parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid sort policy \"" + text + "\": use hybrid, priority or oldest");
        }
    }
}
