package dev.beads.adapters.git;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The bytes parsed so far by the chunks of one read, which may run on several threads: each adds what it parsed,
 * and the total is handed to the listener on the thread that started the read only, never decreasing.
 */
final class ParseProgress {
    private final AtomicLong parsed = new AtomicLong();
    private final Thread caller = Thread.currentThread();
    private final LongConsumer listener;
    /** Read and written on the calling thread only. */
    private long reported = -1;

    /** Progress of a read that starts on the current thread. */
    ParseProgress(LongConsumer listener) {
        this.listener = listener;
    }

    /** Counts {@code bytes} more as parsed (from any thread); tells the listener when on the calling thread. */
    void add(long bytes) {
        long total = parsed.addAndGet(bytes);
        if (Thread.currentThread() == caller) {
            report(total);
        }
    }

    /** Tells the listener the latest total; call on the calling thread, after another thread's chunk joined. */
    void report() {
        if (Thread.currentThread() == caller) {
            report(parsed.get());
        }
    }

    private void report(long total) {
        if (total > reported) {
            reported = total;
            listener.accept(total);
        }
    }
}
