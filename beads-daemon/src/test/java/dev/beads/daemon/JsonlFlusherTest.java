package dev.beads.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.error.BackendException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonlFlusherTest {
    private final FlushCounter sync = new FlushCounter();
    private final AtomicInteger checkpoints = new AtomicInteger();
    private final JsonlFlusher flusher = new JsonlFlusher(sync, Duration.ZERO, checkpoints::incrementAndGet).start();

    @AfterEach
    void tearDown() {
        sync.gate.release(1000);
        flusher.close();
    }

    @Test
    void mutationsCommittedDuringAFlush_areWrittenTogether_byOneMoreFlush() throws Exception {
        flusher.mutated();
        assertThat(sync.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue(); // flush 1 is running, held
        for (int i = 0; i < 10; i++) {
            flusher.mutated();
        }
        sync.gate.release(1000);
        flusher.awaitFlushed();

        assertThat(sync.flushes.get()).isEqualTo(2);
        flusher.close(); // the checkpoint runs after the flush's waiters are woken
        assertThat(checkpoints.get()).isEqualTo(2);
    }

    @Test
    void awaitFlushed_returnsOnlyAfterAFlushThatStartedAfterTheMutation() throws Exception {
        flusher.mutated();
        assertThat(sync.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        flusher.mutated(); // committed while flush 1 runs: flush 1 may have read the dirty set before it
        CountDownLatch answered = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            flusher.awaitFlushed();
            answered.countDown();
        });
        waiter.start();
        sync.gate.release(1); // flush 1 ends
        assertThat(sync.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue(); // flush 2 has started, held
        assertThat(answered.getCount())
                .as("answered before the flush that holds its change")
                .isEqualTo(1);
        sync.gate.release(1000);
        assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailedFlush_isThrownToThoseWaitingForIt_andTheNextMutationTriesAgain() {
        sync.gate.release(1000);
        sync.failNext.set(true);
        flusher.mutated();
        assertThatThrownBy(flusher::awaitFlushed)
                .isInstanceOf(BackendException.class)
                .hasMessage("disk full");

        flusher.mutated();
        flusher.awaitFlushed();
        assertThat(sync.flushes.get()).isEqualTo(2);
    }

    @Test
    void close_writesWhatIsPending() {
        sync.gate.release(1000);
        flusher.mutated();
        flusher.close();
        assertThat(sync.flushes.get()).isEqualTo(1);
    }

    @Test
    void withNothingMutated_awaitFlushed_returnsAtOnce_andNothingIsWritten() {
        flusher.awaitFlushed();
        assertThat(sync.flushes.get()).isZero();
    }

    /** Counts flushes; each one waits for a permit of {@link #gate} and signals {@link #entered} first. */
    private static final class FlushCounter implements SyncCommands {
        final AtomicInteger flushes = new AtomicInteger();
        final Semaphore gate = new Semaphore(0);
        final Semaphore entered = new Semaphore(0);
        final java.util.concurrent.atomic.AtomicBoolean failNext = new java.util.concurrent.atomic.AtomicBoolean();

        @Override
        public ExportResult flushIfDirty() {
            entered.release();
            gate.acquireUninterruptibly();
            flushes.incrementAndGet();
            if (failNext.getAndSet(false)) {
                throw new BackendException("disk full");
            }
            return new ExportResult(1, Path.of("issues.jsonl"), true);
        }

        @Override
        public ExportResult export(ExportIssues request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importIssues(ImportIssues request, ImportProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importIfChanged() {
            throw new UnsupportedOperationException();
        }
    }
}
