package dev.beads.testkit;

import dev.beads.core.port.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand. Starts at {@link Issues#T0} (2025-01-01T00:00:00Z) unless told otherwise;
 * time only changes through {@link #set} and {@link #advance}. Thread-safe.
 */
public final class MutableClock implements Clock {
    private final AtomicReference<OffsetDateTime> now;

    /** A clock at {@link Issues#T0}. */
    public MutableClock() {
        this(Issues.T0);
    }

    /** A clock at {@code start}, keeping its offset. */
    public MutableClock(OffsetDateTime start) {
        now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public OffsetDateTime now() {
        return now.get();
    }

    /** Moves the clock to {@code time} (backwards too: tests of clock skew need it). */
    public MutableClock set(OffsetDateTime time) {
        now.set(Objects.requireNonNull(time, "time"));
        return this;
    }

    /** Moves the clock forward by {@code amount} (a negative amount moves it back); returns the new time. */
    public OffsetDateTime advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        return now.updateAndGet(t -> t.plus(amount));
    }

    /** {@link #advance} by whole seconds. */
    public OffsetDateTime advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + "]";
    }
}
