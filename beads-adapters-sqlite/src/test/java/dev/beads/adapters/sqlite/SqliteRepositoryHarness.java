package dev.beads.adapters.sqlite;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueWriter.Change;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A quick timing harness (not a test) for the numbers in the adapter's report: putAll and all() at 100k, and ready
 * (both strategies), create and find at 10k and 100k. Median of repeated runs after warm-up, in ms.
 *
 * <pre>
 * ./mvnw -B -q -pl beads-adapters-sqlite test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --enable-native-access=ALL-UNNAMED -cp beads-adapters-sqlite/target/classes:beads-adapters-sqlite/target/test-classes:$(cat beads-adapters-sqlite/target/cp.txt) \
 *   dev.beads.adapters.sqlite.SqliteRepositoryHarness 10000 100000
 * </pre>
 */
public final class SqliteRepositoryHarness {
    private static final OffsetDateTime NOW = SyntheticIssues.START.plusYears(1);

    private SqliteRepositoryHarness() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            run(Integer.parseInt(arg));
        }
    }

    private static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("beads-harness");
        Path file = dir.resolve("beads.db");
        List<Change> changes = SyntheticIssues.changes(n, 42);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        try (SqliteIssueRepository repo = SqliteIssueRepository.open(file, ReadyStrategy.CACHE)) {
            repo.write(w -> {
                w.putAll(changes);
                return null;
            });
            // CPU time of this thread too: on a shared machine, wall time mostly measures the other processes.
            System.out.printf(
                    "n=%d open + putAll (cold JVM): %.1f ms, thread CPU %.1f ms%n",
                    n, (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            repo.all();
            System.out.printf(
                    "n=%d first all() (cold): %.1f ms, thread CPU %.1f ms%n",
                    n, (System.nanoTime() - t1) / 1e6, (threads.getCurrentThreadCpuTime() - cpu1) / 1e6);
            report(n, "all()", 5, i -> repo.all());
            Random random = new Random(7);
            report(n, "find", 2000, i -> repo.find(IssueId.of(SyntheticIssues.id(random.nextInt(n)))));
            int[] next = {n};
            report(n, "create (put new)", 500, i -> {
                Issue issue = SyntheticIssues.issue(next[0]++, random);
                repo.write(w -> {
                    w.put(issue, AuditEvent.of(issue.id(), EventType.CREATED, "bench", issue.createdAt()));
                    return null;
                });
            });
            System.out.printf(
                    "n=%d ready ids: %d%n", n, repo.ready(WorkFilter.ALL, NOW).size());
        }
        // -Dharness.cacheOnly=true skips the CTE strategy (blocked() alone takes minutes at 100k with it).
        for (ReadyStrategy strategy : Boolean.getBoolean("harness.cacheOnly")
                ? List.of(ReadyStrategy.CACHE)
                : List.of(ReadyStrategy.values())) {
            try (SqliteIssueRepository repo = SqliteIssueRepository.open(file, strategy)) {
                WorkFilter limit10 = WorkFilter.ALL.withLimit(10);
                report(n, "ready " + strategy + " limit 10", 200, i -> repo.ready(limit10, NOW));
                report(
                        n,
                        "ready " + strategy + " priority limit 10",
                        200,
                        i -> repo.ready(limit10.withSort(ReadySort.PRIORITY), NOW));
                report(n, "ready " + strategy + " all", 10, i -> repo.ready(WorkFilter.ALL, NOW));
                if (strategy == ReadyStrategy.CTE && n > 20_000) {
                    // Minutes per call at this size: time one.
                    long t = System.nanoTime();
                    repo.blocked(WorkFilter.ALL);
                    System.out.printf(
                            "n=%d blocked CTE all (one call)         %.1f ms%n", n, (System.nanoTime() - t) / 1e6);
                } else {
                    report(n, "blocked " + strategy + " all", 6, i -> repo.blocked(WorkFilter.ALL));
                }
            }
        }
    }

    private static void report(int n, String what, int reps, IntConsumer op) {
        for (int i = 0; i < Math.max(3, reps / 2); i++) {
            op.accept(i);
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            op.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("n=%d %-32s median %.3f ms  p90 %.3f ms%n", n, what, ms[reps / 2], ms[reps * 9 / 10]);
    }
}
