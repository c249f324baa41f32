package dev.beads.adapters.sqlite;

import dev.beads.core.error.BackendException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Keeps SQLite's JNI calls off virtual threads (a virtual thread in native code pins its carrier on JDK 21): a task
 * called from a virtual thread runs on a platform thread and the caller waits; from a platform thread it runs
 * inline, with no hand-off cost. Exceptions reach the caller unchanged.
 */
final class PlatformThreads implements AutoCloseable {
    private ExecutorService executor;

    <T> T call(Supplier<T> task) {
        if (!Thread.currentThread().isVirtual()) {
            return task.get();
        }
        return await(executor().submit(task::get));
    }

    /** As {@link #call}, for a one-off task with no executor to keep (opening the database). */
    <T> T callOnce(Supplier<T> task) {
        try {
            return call(task);
        } finally {
            close();
        }
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            // Daemon threads: a short-lived CLI must not wait for idle pool threads to exit.
            executor = Executors.newCachedThreadPool(
                    Thread.ofPlatform().name("beads-sqlite-", 1).daemon(true).factory());
        }
        return executor;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new BackendException("database task failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while waiting for the database", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
