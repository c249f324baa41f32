package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.Locale;

/** Orders for {@code list}. */
public enum SortOrder {
    /** Priority ascending (P0 first), then newest first: Go bd's default for list. */
    PRIORITY,
    CREATED,
    UPDATED,
    CLOSED,
    ID,
    TITLE,
    STATUS,
    TYPE,
    ASSIGNEE;

    public static SortOrder parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid sort \"" + text
                    + "\": use priority, created, updated, closed, id, title, status, type or assignee");
        }
    }
}
