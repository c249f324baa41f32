package dev.beads.core.service;

import dev.beads.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Label text as users type it: stripped, non-empty, without spaces (the rule {@code AddLabel} enforces too). */
final class Labels {
    private Labels() {}

    static String check(String label) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(
                    "invalid label \"" + stripped + "\": labels are non-empty and have no spaces");
        }
        return stripped;
    }

    static List<String> check(Collection<String> labels) {
        List<String> checked = new ArrayList<>(labels.size());
        for (String label : labels) {
            checked.add(check(label));
        }
        return checked;
    }
}
