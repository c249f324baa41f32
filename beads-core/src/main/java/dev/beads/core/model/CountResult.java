package dev.beads.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A count, optionally grouped. Group keys are sorted; an issue with several labels counts once per label, and
 * unlabelled or unassigned issues count under {@code "(none)"}.
 */
public record CountResult(int total, Map<String, Integer> groups) {
    public CountResult {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }
}
