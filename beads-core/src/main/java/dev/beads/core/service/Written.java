package dev.beads.core.service;

import dev.beads.core.port.ChangeEvent;
import java.util.List;

/** What a write transaction returns: its result and the change events to publish once it has committed. */
record Written<T>(T value, List<ChangeEvent> events) {
    Written {
        events = List.copyOf(events);
    }

    /** A result that changed nothing, so nothing is published. */
    static <T> Written<T> quiet(T value) {
        return new Written<>(value, List.of());
    }

    static <T> Written<T> of(T value, ChangeEvent... events) {
        return new Written<>(value, List.of(events));
    }
}
