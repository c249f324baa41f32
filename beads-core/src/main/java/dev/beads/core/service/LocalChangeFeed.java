package dev.beads.core.service;

import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-process {@link ChangeFeed}: listeners are called on the publishing thread, in subscription order. The
 * listener list is copy-on-write, so listeners may subscribe or unsubscribe while an event is delivered; a
 * listener that throws is logged and the others still get the event. Thread-safe.
 */
public final class LocalChangeFeed implements ChangeFeed {
    /** Looked up on the first failure only: finding the logger loads java.util.logging, ~8 ms of a cold start. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(LocalChangeFeed.class.getName());

        private Log() {}
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ChangeEvent event) {
        Objects.requireNonNull(event, "event");
        for (Listener listener : listeners) {
            try {
                listener.consumer.accept(event);
            } catch (RuntimeException e) {
                Log.LOG.log(
                        System.Logger.Level.WARNING, "change listener failed on " + event + "; others still run", e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<ChangeEvent> consumer) {
        Listener listener = new Listener(Objects.requireNonNull(consumer, "listener"));
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Number of active subscriptions. */
    public int listenerCount() {
        return listeners.size();
    }

    /** A distinct holder per subscription, so the same consumer subscribed twice is two subscriptions. */
    private static final class Listener {
        private final Consumer<ChangeEvent> consumer;

        Listener(Consumer<ChangeEvent> consumer) {
            this.consumer = consumer;
        }
    }
}
