package dev.beads.daemon;

/**
 * The daemon's current {@link DaemonState}, each transition written to the log, and when it last served a
 * request (for the idle timeout). Thread-safe.
 */
final class Lifecycle {
    private final DaemonLog log;
    private volatile DaemonState state = DaemonState.STOPPED;
    private volatile long lastActivity = System.nanoTime();

    Lifecycle(DaemonLog log) {
        this.log = log;
    }

    DaemonState state() {
        return state;
    }

    /** Moves to {@code next} and logs it ({@code state starting -> initializing: why}). */
    synchronized void enter(DaemonState next, String why) {
        DaemonState previous = state;
        if (previous == next) {
            return;
        }
        state = next;
        log.info("state " + previous.label() + " -> " + next.label() + (why.isEmpty() ? "" : ": " + why));
    }

    /** Notes that a request is being served now. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /** When the last request was served ({@link System#nanoTime()}), or the start. */
    long lastActivity() {
        return lastActivity;
    }

    /** Nanoseconds since the last request (or since the start). */
    long idleNanos() {
        return System.nanoTime() - lastActivity;
    }

    DaemonLog log() {
        return log;
    }
}
