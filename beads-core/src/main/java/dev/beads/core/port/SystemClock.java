package dev.beads.core.port;

import java.time.OffsetDateTime;

/**
 * {@link Clock#system()}: a class, not a method reference, which a cold {@code bd} process would link through
 * invokedynamic while its workspace opens.
 */
final class SystemClock implements Clock {
    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {}

    @Override
    public OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
