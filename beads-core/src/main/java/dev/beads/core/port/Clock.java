package dev.beads.core.port;

import java.time.OffsetDateTime;

/** The current time, with the local offset (Go bd writes local times such as -08:00). Thread-safe. */
@FunctionalInterface
public interface Clock {
    OffsetDateTime now();

    /** The system clock in the default time zone. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
