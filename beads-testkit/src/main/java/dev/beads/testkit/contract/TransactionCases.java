package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.ConflictException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueWriter.Change;
import dev.beads.testkit.Issues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** write(): commit on return, nothing left behind on a throw, own writes visible inside, serialized writers. */
abstract class TransactionCases extends RepositoryCases {
    private static final long WAIT_SECONDS = 10;

    @Test
    void write_returnsTheResultOfTheWork() {
        assertThat(repo().<String>write(w -> "result")).isEqualTo("result");
    }

    @Test
    void givenWorkThrows_nothingOfItIsVisible_andTheSameExceptionPropagates() {
        RuntimeException boom = new IllegalStateException("boom");
        Issue issue = issue("bd-1").build();

        assertThatThrownBy(() -> repo().write(w -> {
                    w.put(issue, Issues.createdEvent(issue));
                    w.setConfig("issue_prefix", "bd");
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(repo().find(id("bd-1"))).isEmpty();
        assertThat(repo().all()).isEmpty();
        assertThat(repo().events(id("bd-1"))).isEmpty();
        assertThat(repo().dirtyIds()).isEmpty();
        assertThat(repo().config("issue_prefix")).isEmpty();
        assertThat(repo().configs()).isEmpty();
    }

    @Test
    void givenWorkThrowsADomainException_itPropagatesUnwrapped() {
        ConflictException conflict = new ConflictException("cycle");

        assertThatThrownBy(() -> repo().write(w -> {
                    w.setConfig("k", "v");
                    throw conflict;
                }))
                .isSameAs(conflict);
        assertThat(repo().config("k")).isEmpty();
    }

    @Test
    void givenWorkThrows_aReplacedIssueKeepsItsCommittedVersion() {
        Issue original =
                issue("bd-1").title("original").labels("keep").comment("c").build();
        store(original);
        Issue committed = stored("bd-1");
        repo().clearDirty(List.of(id("bd-1")));

        assertThatThrownBy(() -> repo().write(w -> {
                    Issue changed = issue("bd-1").title("changed").build();
                    w.put(changed, Issues.event("bd-1", EventType.UPDATED, Issues.T0));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(stored("bd-1")).isEqualTo(committed);
        assertThat(repo().events(id("bd-1"))).hasSize(1);
        assertThat(repo().dirtyIds()).isEmpty();
    }

    @Test
    void givenWorkThrows_anUnsetConfigIsRestored() {
        repo().write(w -> {
            w.setConfig("k", "v");
            return null;
        });

        assertThatThrownBy(() -> repo().write(w -> {
                    w.unsetConfig("k");
                    w.setConfig("k2", "v2");
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(repo().configs()).containsExactly(java.util.Map.entry("k", "v"));
    }

    @Test
    void aFailedWrite_doesNotUndoTheWriteBeforeIt() {
        store(issue("bd-1"));

        assertThatThrownBy(() -> repo().write(w -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(repo().exists(id("bd-1"))).isTrue();
        assertThat(values(repo().dirtyIds())).containsExactly("bd-1");
    }

    @Test
    void readsInsideTheWriter_seeTheTransactionsOwnWrites() {
        store(issue("bd-1").title("old"));
        Issue replaced = issue("bd-1").title("new").build();
        Issue added = issue("bd-2").build();

        List<Object> seen = repo().write(w -> {
            List<Object> out = new ArrayList<>();
            out.add(w.exists(id("bd-2")));
            w.put(added, Issues.createdEvent(added));
            w.put(replaced, Issues.event("bd-1", EventType.UPDATED, Issues.T0));
            out.add(w.exists(id("bd-2")));
            out.add(w.find(id("bd-2")).orElseThrow());
            out.add(w.find(id("bd-1")).orElseThrow().title());
            return out;
        });

        assertThat(seen).containsExactly(false, true, added, "new");
    }

    @Test
    void findAllInsideTheWriter_seesOwnWrites_inIdOrder_skippingUnknownIds() {
        store(issue("bd-2").title("old"));
        Issue replaced = issue("bd-2").title("new").build();
        Issue added = issue("bd-1").build();

        List<Issue> seen = repo().write(w -> {
            w.put(replaced, Issues.event("bd-2", EventType.UPDATED, Issues.T0));
            w.put(added, Issues.createdEvent(added));
            return w.findAll(List.of(id("bd-2"), id("bd-9"), id("bd-1"), id("bd-2")));
        });

        assertThat(seen).containsExactly(added, replaced);
    }

    @Test
    void readsOutsideTheWrite_seeTheLastCommittedState_whileAWriteIsOpen() throws Exception {
        store(issue("bd-1").title("committed"));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> pending = writer.submit(() -> repo().write(w -> {
                w.put(issue("bd-1").title("uncommitted").build(), Issues.event("bd-1", EventType.UPDATED, Issues.T0));
                w.put(issue("bd-2").build(), Issues.event("bd-2", EventType.CREATED, Issues.T0));
                written.countDown();
                await(release);
                return null;
            }));
            assertThat(written.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<List<Object>> read = CompletableFuture.supplyAsync(
                    () -> List.of(stored("bd-1").title(), repo().exists(id("bd-2")), values(repo().dirtyIds())));
            List<Object> during = read.get(WAIT_SECONDS, TimeUnit.SECONDS);
            release.countDown();
            pending.get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertThat(during).containsExactly("committed", false, List.of("bd-1"));
            assertThat(stored("bd-1").title()).isEqualTo("uncommitted");
            assertThat(repo().exists(id("bd-2"))).isTrue();
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
    }

    @Test
    void putAll_storesInOrder_theLastPutOfAnIdWins_andEveryEventIsRecorded() {
        Issue first = issue("bd-1").title("first").build();
        Issue other = issue("bd-2").build();
        Issue second = issue("bd-1").title("second").build();

        repo().write(w -> {
            w.putAll(List.of(
                    new Change(first, Issues.event("bd-1", EventType.IMPORTED, Issues.T0)),
                    new Change(other, Issues.event("bd-2", EventType.IMPORTED, Issues.T0)),
                    new Change(second, Issues.event("bd-1", EventType.UPDATED, Issues.T0))));
            return null;
        });

        assertThat(stored("bd-1").title()).isEqualTo("second");
        assertThat(stored("bd-2")).isEqualTo(other);
        assertThat(repo().events(id("bd-1")))
                .extracting(e -> e.type())
                .containsExactly(EventType.IMPORTED, EventType.UPDATED);
        assertThat(values(repo().dirtyIds())).containsExactly("bd-1", "bd-2");
    }

    @Test
    void putAllWithProgress_storesWhatPutAllStores_andCountsUpToTheNumberOfChanges() {
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            Issue issue = issue("bd-" + n)
                    .dependsOn("bd-" + (n + 1), DependencyType.BLOCKS)
                    .build();
            changes.add(new Change(issue, Issues.createdEvent(issue)));
        }
        List<Integer> reported = new ArrayList<>();

        repo().write(w -> {
            w.putAll(changes, reported::add);
            return null;
        });

        assertThat(reported).isNotEmpty().isSorted().allMatch(n -> n >= 0 && n <= changes.size());
        assertThat(reported.getLast()).isEqualTo(changes.size());
        assertThat(repo().all()).hasSize(300);
        assertThat(values(repo().dirtyIds())).hasSize(300);
        // Only bd-299, whose blocker does not exist, is ready.
        assertThat(repo().ready(WorkFilter.ALL, Issues.T0.plusDays(1)))
                .extracting(i -> i.id().value())
                .containsExactly("bd-299");
    }

    @Test
    void concurrentWrites_fromManyThreads_allLand() throws Exception {
        int threads = 8;
        int perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int n = 0; n < perThread; n++) {
                        store(issue("bd-t" + thread + "n" + n).comment("c"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Issue> all = repo().all();
        assertThat(all).hasSize(threads * perThread);
        assertThat(repo().dirtyIds()).hasSize(threads * perThread);
        assertThat(all.stream().map(i -> i.comments().get(0).id()).distinct()).hasSize(threads * perThread);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test did not release the writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
