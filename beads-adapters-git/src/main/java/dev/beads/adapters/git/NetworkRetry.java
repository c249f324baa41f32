package dev.beads.adapters.git;

import dev.beads.core.error.BackendException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;

/**
 * Fetch and push against a remote that may be unreachable: 3 tries in all, waiting {@code base}, then twice that,
 * between them (resilience4j-retry). Only transport failures are retried (the remote cannot be reached or read); a
 * push the remote rejects is an answer, not a failure, and is handled by the caller.
 */
final class NetworkRetry {
    static final int ATTEMPTS = 3;

    private final RetryConfig config;

    NetworkRetry(Duration base) {
        this.config = RetryConfig.custom()
                .maxAttempts(ATTEMPTS)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Math.max(1, base.toMillis()), 2.0))
                .retryOnException(NetworkRetry::transient_)
                .build();
    }

    /** A call to the remote. */
    interface Call<T> {
        T run() throws Exception;
    }

    /** The outcome of a retried call: its value, or the last failure and the attempts made. */
    record Attempted<T>(T value, Exception failure, int attempts) {
        boolean ok() {
            return failure == null;
        }
    }

    <T> Attempted<T> run(String name, Call<T> call) {
        Retry retry = Retry.of(name, config);
        int[] attempts = {0};
        try {
            T value = retry.executeCallable(() -> {
                attempts[0]++;
                return call.run();
            });
            return new Attempted<>(value, null, attempts[0]);
        } catch (Exception e) {
            if (!transient_(e)) {
                throw e instanceof RuntimeException runtime
                        ? runtime
                        : new BackendException("git " + name + " failed: " + e.getMessage(), e);
            }
            return new Attempted<>(null, e, attempts[0]);
        }
    }

    /** The remote could not be reached or read: worth another try later. */
    static boolean transient_(Throwable e) {
        return e instanceof TransportException || e instanceof InvalidRemoteException;
    }
}
