package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter.Change;
import dev.beads.testkit.InMemoryIssueRepository;
import dev.beads.testkit.IssueBuilder;
import dev.beads.testkit.Issues;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large putAll is stored in slices, reporting after each, in the one transaction: what is stored, and the blocked
 * cache (rebuilt once at the end), equal the in-memory reference's.
 */
class IssueStoreProgressTest {
    private static final OffsetDateTime NOW = Issues.T0.plusDays(1);
    private static final int COUNT = IssueStore.SLICE * 2 + IssueStore.SLICE / 2;

    @TempDir
    Path dir;

    /** Chains of blockers and parents across slice boundaries, some closed, and one id stored twice. */
    private static List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < COUNT; n++) {
            IssueBuilder b = Issues.anIssue("bd-" + n).createdAt(Issues.T0.plusMinutes(n));
            if (n % 7 == 0) {
                b.closed();
            }
            if (n % 3 == 0) {
                b.dependsOn("bd-" + (n + IssueStore.SLICE / 2 + 1), DependencyType.BLOCKS);
            } else if (n % 3 == 1 && n > 0) {
                b.dependsOn("bd-" + (n - 1), DependencyType.PARENT_CHILD);
            }
            if (n == IssueStore.SLICE + 5) {
                // bd-1 again, in the second slice: now closed, blocking nothing, with a label.
                Issue again = Issues.anIssue("bd-1").closed().labels("again").build();
                changes.add(new Change(again, Issues.event("bd-1", EventType.UPDATED, NOW)));
            }
            Issue issue = b.build();
            changes.add(new Change(issue, Issues.createdEvent(issue)));
        }
        return changes;
    }

    @Test
    void givenMoreChangesThanASlice_putAllWithProgress_reportsEachSlice_thenTheTotal_andTheCacheIsRight() {
        List<Change> changes = changes();
        List<Integer> reported = new ArrayList<>();
        try (IssueRepository sqlite = SqliteIssueRepository.open(dir.resolve("beads.db"), ReadyStrategy.CACHE);
                IssueRepository cte = SqliteIssueRepository.open(dir.resolve("beads.db"), ReadyStrategy.CTE);
                IssueRepository reference = new InMemoryIssueRepository()) {
            sqlite.write(w -> {
                w.putAll(changes, reported::add);
                return null;
            });
            reference.write(w -> {
                w.putAll(changes);
                return null;
            });

            assertThat(reported)
                    .containsExactly(IssueStore.SLICE, 2 * IssueStore.SLICE, changes.size())
                    .hasSizeGreaterThan(2);
            assertThat(sqlite.all()).isEqualTo(reference.all());
            assertThat(sqlite.events(IssueId.of("bd-1")))
                    .extracting(e -> e.type())
                    .containsExactly(EventType.CREATED, EventType.UPDATED);
            assertThat(sqlite.dirtyIds()).hasSize(COUNT);
            List<String> ready = ids(reference.ready(WorkFilter.ALL, NOW));
            assertThat(ids(sqlite.ready(WorkFilter.ALL, NOW)))
                    .isEqualTo(ready)
                    .isEqualTo(ids(cte.ready(WorkFilter.ALL, NOW)));
            assertThat(blocked(sqlite.blocked(WorkFilter.ALL)))
                    .isEqualTo(blocked(reference.blocked(WorkFilter.ALL)))
                    .isEqualTo(blocked(cte.blocked(WorkFilter.ALL)))
                    .isNotEmpty();
        }
    }

    @Test
    void givenTheListenerThrowsAfterTheFirstSlice_nothingIsStored() {
        RuntimeException stop = new IllegalStateException("stop");
        try (IssueRepository sqlite = SqliteIssueRepository.open(dir.resolve("beads.db"), ReadyStrategy.CACHE)) {
            assertThatThrownBy(() -> sqlite.write(w -> {
                        w.putAll(changes(), stored -> {
                            throw stop;
                        });
                        return null;
                    }))
                    .isSameAs(stop);

            assertThat(sqlite.all()).isEmpty();
            assertThat(sqlite.dirtyIds()).isEmpty();
            assertThat(sqlite.blocked(WorkFilter.ALL)).isEmpty();
        }
    }

    private static List<String> ids(List<Issue> issues) {
        return issues.stream().map(i -> i.id().value()).toList();
    }

    private static List<String> blocked(List<BlockedIssue> blocked) {
        return blocked.stream()
                .map(b -> b.issue().id() + " by " + b.blockedBy())
                .toList();
    }
}
