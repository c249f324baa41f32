package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.BackendException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.Issues;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SQLite specifics of writing: one writer at a time, across threads and across connections; rollback; threads. */
@Timeout(60)
class SqliteWriterTest {
    @TempDir
    Path dir;

    private Path file;
    private IssueRepository repo;

    @BeforeEach
    void open() {
        file = dir.resolve("beads.db");
        repo = SqliteIssueRepositories.open(file);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void givenAWriteInProgress_aSecondThreadsWrite_startsOnlyAfterItCommits() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> repo.write(w -> {
            log.add("first begins");
            firstInside.countDown();
            await(releaseFirst);
            store(w, "bd-1");
            log.add("first ends");
            return null;
        }));
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> repo.write(w -> {
            log.add("second begins, sees bd-1: " + w.exists(IssueId.of("bd-1")));
            return null;
        }));

        Thread.sleep(200);
        assertThat(log).containsExactly("first begins");
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        assertThat(log).containsExactly("first begins", "first ends", "second begins, sees bd-1: true");
    }

    @Test
    void givenAnotherConnectionHoldsTheWriteLock_aWrite_waitsForItWithBeginImmediate() throws Exception {
        CountDownLatch otherInside = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        try (IssueRepository other = SqliteIssueRepositories.open(file)) {
            CompletableFuture<Void> otherWrite = CompletableFuture.runAsync(() -> other.write(w -> {
                store(w, "bd-other");
                otherInside.countDown();
                await(releaseOther);
                return null;
            }));
            assertThat(otherInside.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Boolean> mine = CompletableFuture.supplyAsync(() -> repo.write(w -> {
                store(w, "bd-mine");
                return w.exists(IssueId.of("bd-other"));
            }));
            Thread.sleep(300);
            assertThat(mine).isNotDone();
            releaseOther.countDown();

            assertThat(mine.get(10, TimeUnit.SECONDS)).isTrue();
            otherWrite.get(10, TimeUnit.SECONDS);
        }
        assertThat(repo.exists(IssueId.of("bd-mine"))).isTrue();
    }

    @Test
    void givenAWriteInProgress_readsOutside_seeTheLastCommittedState() throws Exception {
        store("bd-1", "before");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch releaseWriter = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> repo.write(w -> {
            w.put(issue("bd-1", "during"), Issues.createdEvent(issue("bd-1", "during")));
            written.countDown();
            await(releaseWriter);
            return null;
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(repo.find(IssueId.of("bd-1")).orElseThrow().title()).isEqualTo("before");

        releaseWriter.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(repo.find(IssueId.of("bd-1")).orElseThrow().title()).isEqualTo("during");
    }

    @Test
    void givenWorkThatThrows_write_rollsEverythingBack_andRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> repo.write(w -> {
                    store(w, "bd-1");
                    w.setConfig("issue_prefix", "bd");
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(repo.exists(IssueId.of("bd-1"))).isFalse();
        assertThat(repo.events(IssueId.of("bd-1"))).isEmpty();
        assertThat(repo.dirtyIds()).isEmpty();
        assertThat(repo.configs()).isEmpty();
        store("bd-2", "still usable");
        assertThat(repo.exists(IssueId.of("bd-2"))).isTrue();
    }

    @Test
    void givenAStorageFailure_put_namesTheIssueAndTheFile_andTheWriteRollsBack() {
        Issue first = Issues.anIssue("bd-1")
                .comment(Issues.comment(7, "bd-1", "a", "x", Issues.T0))
                .build();
        Issue clash = Issues.anIssue("bd-2")
                .comment(Issues.comment(7, "bd-2", "b", "y", Issues.T0))
                .build();
        repo.write(w -> {
            w.put(first, Issues.createdEvent(first));
            return null;
        });

        assertThatThrownBy(() -> repo.write(w -> {
                    store(w, "bd-3");
                    w.put(clash, Issues.createdEvent(clash));
                    return null;
                }))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("storing issue bd-2")
                .hasMessageContaining(file.toString());

        assertThat(repo.exists(IssueId.of("bd-3"))).isFalse();
        assertThat(repo.find(IssueId.of("bd-1")).orElseThrow()).isEqualTo(first);
    }

    @Test
    void writeInsideWrite_isRefused() {
        assertThatThrownBy(() -> repo.write(w -> repo.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reentrant");
    }

    @Test
    void aWriterUsedAfterItsWrite_isRefused() {
        var leaked = repo.write(w -> w);
        assertThatThrownBy(() -> leaked.exists(IssueId.of("bd-1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fromVirtualThreads_databaseWorkRunsOnPlatformThreads() throws Exception {
        List<Boolean> virtualInsideWrite = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> foundFromVirtual = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                repo.write(w -> {
                    virtualInsideWrite.add(Thread.currentThread().isVirtual());
                    store(w, "bd-1");
                    return null;
                });
                foundFromVirtual.complete(repo.find(IssueId.of("bd-1")).isPresent());
            } catch (Throwable t) {
                foundFromVirtual.completeExceptionally(t);
            }
        });

        assertThat(foundFromVirtual.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(virtualInsideWrite).containsExactly(false);
    }

    @Test
    void fromAVirtualThread_theWorksOwnExceptionStillComesBackUnchanged() throws Exception {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                repo.write(w -> {
                    throw boom;
                });
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });

        assertThat(thrown.get(10, TimeUnit.SECONDS)).isSameAs(boom);
    }

    @Test
    void close_isIdempotent_andLaterCallsFailClearly() {
        repo.close();
        repo.close();
        assertThatThrownBy(() -> repo.exists(IssueId.of("bd-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private void store(String id, String title) {
        repo.write(w -> {
            w.put(issue(id, title), Issues.createdEvent(issue(id, title)));
            return null;
        });
    }

    private static void store(dev.beads.core.port.IssueWriter w, String id) {
        Issue issue = Issues.anIssue(id).build();
        w.put(issue, Issues.createdEvent(issue));
    }

    private static Issue issue(String id, String title) {
        return Issues.anIssue(id).title(title).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
