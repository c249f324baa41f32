package dev.beads.daemon;

import dev.beads.core.api.SyncCommands;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.BeadsException;
import java.time.Duration;

/**
 * The JSONL follows the database (issue 9): a mutation is acknowledged after its SQLite commit, and one flush
 * thread ({@code bd-daemon-flush}) writes the dirty issues into the JSONL shortly after, one flush for every
 * mutation committed meanwhile, whichever connection made it. A client that asked to be answered once the JSONL
 * holds its change waits in {@link #awaitFlushed()}. After each flush the WAL is checkpointed (passive), so tools
 * that watch the database file see the daemon's writes.
 *
 * <p>Generations: every {@link #mutated()} takes the next number; a flush covers every number taken before it
 * read the dirty set. Thread-safe.
 */
final class JsonlFlusher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(JsonlFlusher.class.getName());

    private final SyncCommands sync;
    private final Runnable afterFlush;
    private final long coalesceNanos;
    private final Thread thread;
    private long requested;
    private long flushed;
    private long attempted;
    private long failedUpTo;
    private BeadsException failure;
    private boolean closing;

    /**
     * @param coalesce how long the flush waits after the first mutation of a batch for others to join it
     * @param afterFlush run on the flush thread after each flush (the WAL checkpoint)
     */
    JsonlFlusher(SyncCommands sync, Duration coalesce, Runnable afterFlush) {
        this.sync = sync;
        this.afterFlush = afterFlush;
        this.coalesceNanos = coalesce.toNanos();
        this.thread = new Thread(this::loop, "bd-daemon-flush");
        thread.setDaemon(true);
    }

    JsonlFlusher start() {
        thread.start();
        return this;
    }

    /** A mutation committed: the JSONL is to hold it soon. Returns at once. */
    synchronized void mutated() {
        requested++;
        notifyAll();
    }

    /**
     * Blocks until the JSONL holds every mutation committed before this call.
     *
     * @throws BeadsException what the flush that was to write them threw (the change is committed, the file is not
     *     written yet; the next mutation or the daemon's stop tries again)
     * @throws BackendException when interrupted, or the daemon stops first
     */
    synchronized void awaitFlushed() {
        long mine = requested;
        while (flushed < mine) {
            if (failedUpTo >= mine && failure != null) {
                throw failure;
            }
            if (closing && !thread.isAlive()) {
                throw new BackendException("the daemon stopped before the JSONL was written: run bd export");
            }
            try {
                wait(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendException("interrupted while waiting for the JSONL to be written", e);
            }
        }
    }

    private void loop() {
        while (true) {
            long target;
            synchronized (this) {
                while (attempted >= requested && !closing) {
                    waitQuietly(0);
                }
                if (closing && attempted >= requested) {
                    return;
                }
            }
            sleepCoalescing();
            synchronized (this) {
                target = requested;
                attempted = target;
            }
            flushOnce(target);
        }
    }

    private void flushOnce(long target) {
        try {
            sync.flushIfDirty();
            synchronized (this) {
                flushed = Math.max(flushed, target);
                failure = null;
                notifyAll();
            }
        } catch (BeadsException e) {
            LOG.log(System.Logger.Level.WARNING, "writing the JSONL failed: " + e.getMessage());
            synchronized (this) {
                failedUpTo = target;
                failure = e;
                notifyAll();
            }
        }
        try {
            afterFlush.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "after the JSONL flush: " + e.getMessage());
        }
    }

    private void sleepCoalescing() {
        if (coalesceNanos <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(coalesceNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            closing = true;
        }
    }

    /** Writes what is still pending, then stops the thread. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
