package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.Locale;

/** What {@code bd count --by-…} groups by. */
public enum CountGroup {
    STATUS,
    PRIORITY,
    TYPE,
    ASSIGNEE,
    LABEL;

    public static CountGroup parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "invalid group \"" + text + "\": use status, priority, type, assignee or label");
        }
    }
}
