package dev.beads.bench;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.WorkFilter;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-command costs an agent feels, through the embedded API on a real SQLite workspace: ready work, create,
 * get (show). Average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class QueryBenchmarks {
    @Param({"10000"})
    public int issues;

    private Path dir;
    private Beads beads;
    private int created;

    @Setup(Level.Trial)
    public void setUp() {
        dir = SyntheticWorkspace.tempDir();
        beads = SyntheticWorkspace.create(dir, issues);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        beads.close();
        SyntheticWorkspace.delete(dir);
    }

    /** {@code bd ready}: the CLI's default limit of 10. */
    @Benchmark
    public List<Issue> readyDefaultLimit() {
        return beads.queries().ready(WorkFilter.ALL.withLimit(10));
    }

    /** Every ready issue (about 5,000 at 10k). */
    @Benchmark
    public List<Issue> readyAll() {
        return beads.queries().ready(WorkFilter.ALL);
    }

    /** {@code bd create}: hash id, insert, audit event, dirty flag, commit. */
    @Benchmark
    public Issue create() {
        return beads.issues().create(CreateIssue.titled("Benchmark issue " + created++, "bench"));
    }

    /** {@code bd show <id>}: the issue with labels, dependencies, dependents and comments. */
    @Benchmark
    public IssueDetails get() {
        IssueId id = SyntheticWorkspace.id(ThreadLocalRandom.current().nextInt(issues));
        return beads.queries().show(id);
    }
}
