package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.port.IssueRepository;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TopLevelCountsTest {
    private final AtomicInteger stored = new AtomicInteger(100);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final TopLevelCounts counts = new TopLevelCounts(countingRepository(), now::get);

    @Test
    void get_readsTheStoreOnceThenCountsOwnCreates() {
        assertThat(counts.get("bd")).isEqualTo(100);
        counts.created("bd");
        counts.created("bd");

        assertThat(counts.get("bd")).isEqualTo(102);
        assertThat(reads).hasValue(1);
    }

    @Test
    void get_rereadsTheStoreWhenTheCountIsOlderThanItsMaximumAge() {
        counts.get("bd");
        stored.set(500); // another process added issues
        now.addAndGet(TopLevelCounts.MAX_AGE_NANOS + 1);

        assertThat(counts.get("bd")).isEqualTo(500);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theMaximumAge_isMeasuredFromTheRead_whereverTheNanoClockStarts() {
        // System.nanoTime has an arbitrary origin, negative included: only differences between readings count.
        for (long origin :
                new long[] {Long.MIN_VALUE / 2, -TopLevelCounts.MAX_AGE_NANOS, 7 * TopLevelCounts.MAX_AGE_NANOS}) {
            TopLevelCounts fresh = new TopLevelCounts(countingRepository(), now::get);
            reads.set(0);
            now.set(origin);
            fresh.get("bd");

            now.set(origin + TopLevelCounts.MAX_AGE_NANOS);
            fresh.get("bd");
            assertThat(reads)
                    .as("a count exactly as old as the maximum age is kept")
                    .hasValue(1);

            now.set(origin + TopLevelCounts.MAX_AGE_NANOS + 1);
            fresh.get("bd");
            assertThat(reads).as("an older one is read again").hasValue(2);
        }
    }

    @Test
    void created_beforeAnyRead_doesNotInventACount() {
        counts.created("bd");

        assertThat(counts.get("bd")).isEqualTo(100);
    }

    @Test
    void prefixes_areCountedApart() {
        counts.get("bd");
        counts.created("bd");
        stored.set(7);

        assertThat(counts.get("other")).isEqualTo(7);
        assertThat(counts.get("bd")).isEqualTo(101);
    }

    /** Only countTopLevel is used; anything else is a test bug. */
    private IssueRepository countingRepository() {
        return (IssueRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {IssueRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("countTopLevel")) {
                        reads.incrementAndGet();
                        return stored.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
