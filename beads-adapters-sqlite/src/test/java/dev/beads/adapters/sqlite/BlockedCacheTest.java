package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
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
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked cache is patched incrementally on every write (and rebuilt for large batches): after random sequences
 * of writes, ready and blocked must equal both the recursive CTE evaluated from scratch on the same file and the
 * in-memory reference implementation.
 */
class BlockedCacheTest {
    private static final OffsetDateTime NOW = Issues.T0.plusDays(1);
    private static final String[] STATUSES = {
        "open", "open", "in_progress", "blocked", "closed", "deferred", "tombstone"
    };
    private static final DependencyType[] TYPES = {
        DependencyType.BLOCKS,
        DependencyType.BLOCKS,
        DependencyType.PARENT_CHILD,
        DependencyType.PARENT_CHILD,
        DependencyType.RELATED
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void givenRandomWrites_cacheCteAndReference_agreeAfterEveryStep(long seed) {
        Random random = new Random(seed);
        Path file = dir.resolve("beads.db");
        try (IssueRepository cache = SqliteIssueRepository.open(file, ReadyStrategy.CACHE);
                IssueRepository cte = SqliteIssueRepository.open(file, ReadyStrategy.CTE);
                IssueRepository reference = new InMemoryIssueRepository()) {
            for (int step = 0; step < 60; step++) {
                List<Change> changes = new ArrayList<>();
                int count = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 1;
                for (int i = 0; i < count; i++) {
                    Issue issue = randomIssue(random, 25);
                    changes.add(new Change(
                            issue, AuditEvent.of(issue.id(), dev.beads.core.model.EventType.UPDATED, "t", NOW)));
                }
                for (IssueRepository repo : List.of(cache, reference)) {
                    repo.write(w -> {
                        if (changes.size() == 1) {
                            w.put(changes.get(0).issue(), changes.get(0).event());
                        } else {
                            w.putAll(changes);
                        }
                        return null;
                    });
                }
                assertSameWork(cache, cte, reference, "seed " + seed + " step " + step);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void givenLargeBatches_theRebuiltCache_agreesWithTheReference(long seed) {
        Random random = new Random(seed);
        try (IssueRepository cache = SqliteIssueRepository.open(dir.resolve("beads.db"), ReadyStrategy.CACHE);
                IssueRepository reference = new InMemoryIssueRepository()) {
            for (int round = 0; round < 3; round++) {
                // More distinct issues than IssueStore patches: the cache is rebuilt from scratch.
                List<Integer> numbers = new ArrayList<>(
                        java.util.stream.IntStream.range(0, 350).boxed().toList());
                java.util.Collections.shuffle(numbers, random);
                List<Change> changes = new ArrayList<>();
                for (int n : numbers.subList(0, 300)) {
                    Issue issue = randomIssue(random, 350, n);
                    changes.add(new Change(issue, Issues.createdEvent(issue)));
                }
                for (IssueRepository repo : List.of(cache, reference)) {
                    repo.write(w -> {
                        w.putAll(changes);
                        return null;
                    });
                }
                assertSameWork(cache, cache, reference, "seed " + seed + " round " + round);
                assertThat(cache.all()).isEqualTo(reference.all());
            }
        }
    }

    private static void assertSameWork(
            IssueRepository cache, IssueRepository cte, IssueRepository reference, String when) {
        List<String> expectedReady = ids(reference.ready(WorkFilter.ALL, NOW));
        List<String> expectedBlocked = blocked(reference.blocked(WorkFilter.ALL));
        assertThat(ids(cache.ready(WorkFilter.ALL, NOW)))
                .as("ready (cache) at %s", when)
                .isEqualTo(expectedReady);
        assertThat(ids(cte.ready(WorkFilter.ALL, NOW)))
                .as("ready (cte) at %s", when)
                .isEqualTo(expectedReady);
        assertThat(blocked(cache.blocked(WorkFilter.ALL)))
                .as("blocked (cache) at %s", when)
                .isEqualTo(expectedBlocked);
        assertThat(blocked(cte.blocked(WorkFilter.ALL)))
                .as("blocked (cte) at %s", when)
                .isEqualTo(expectedBlocked);
    }

    private static Issue randomIssue(Random random, int ids) {
        return randomIssue(random, ids, random.nextInt(ids));
    }

    private static Issue randomIssue(Random random, int ids, int n) {
        String id = "bd-" + n;
        IssueBuilder b = Issues.anIssue(id)
                .priority(random.nextInt(5))
                .createdAt(Issues.T0.plusMinutes(n))
                .updatedAt(Issues.T0.plusMinutes(n));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        switch (status) {
            case "closed" -> b.closed();
            case "tombstone" -> b.tombstone();
            default -> b.status(status);
        }
        int edges = random.nextInt(4);
        List<String> targets = new ArrayList<>();
        for (int e = 0; e < edges; e++) {
            int to = random.nextInt(ids + 3); // a few external refs: ids that never exist
            String target = to >= ids ? "ext-" + to : "bd-" + to;
            if (!target.equals(id) && !targets.contains(target)) {
                targets.add(target);
                b.dependsOn(target, TYPES[random.nextInt(TYPES.length)]);
            }
        }
        return b.build();
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
