package dev.beads.core.port;

import java.util.function.Consumer;

/**
 * Publishes mutation events after their transaction commits. Listeners are called on the publishing thread, in
 * subscription order; a failing listener does not stop the others. Thread-safe.
 */
public interface ChangeFeed {

    void publish(ChangeEvent event);

    /** Registers a listener until the returned handle is closed. */
    Subscription subscribe(Consumer<ChangeEvent> listener);

    /** Ends a subscription. Idempotent. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
