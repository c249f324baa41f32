package dev.beads.bench;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import dev.beads.runtime.Beads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark data: {@code n} issues, about 30% with dependencies (blocks and parent-child edges to older issues, so no
 * cycles), 70% open, 10% in progress, 20% closed, priorities 0-4, labels on some. Deterministic for a seed.
 */
public final class SyntheticWorkspace {
    private static final IssueType[] TYPES = {IssueType.TASK, IssueType.BUG, IssueType.FEATURE, IssueType.CHORE};

    private SyntheticWorkspace() {}

    /** The issues, ids {@code bd-<base36 index>}. */
    public static List<Issue> issues(int n, long seed) {
        Random random = new Random(seed);
        OffsetDateTime start = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-8));
        List<Issue> issues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IssueId id = id(i);
            OffsetDateTime created = start.plusSeconds(i * 37L).plusNanos(random.nextInt(1_000_000_000));
            int roll = random.nextInt(10);
            Status status = roll < 7 ? Status.OPEN : roll < 8 ? Status.IN_PROGRESS : Status.CLOSED;
            Issue.Builder b = Issue.builder()
                    .id(id)
                    .title("Synthetic issue " + i + " <load & test>")
                    .description("Generated for benchmarks: issue " + i + ".\nSecond line.")
                    .status(status)
                    .priority(Priority.of(random.nextInt(5)))
                    .issueType(TYPES[random.nextInt(TYPES.length)])
                    .assignee(random.nextInt(4) == 0 ? "agent-" + random.nextInt(5) : "")
                    .createdAt(created)
                    .updatedAt(created.plusMinutes(5))
                    .labels(random.nextInt(5) == 0 ? List.of("area-" + random.nextInt(8)) : List.of());
            if (status.equals(Status.CLOSED)) {
                b.closedAt(created.plusMinutes(5)).closeReason("done");
            }
            if (i > 10 && random.nextInt(10) < 3) {
                b.dependencies(dependencies(id, i, created, random));
            }
            issues.add(b.build());
        }
        return issues;
    }

    private static List<Dependency> dependencies(IssueId id, int index, OffsetDateTime at, Random random) {
        IssueId blocker = id(random.nextInt(index));
        List<Dependency> deps = new ArrayList<>();
        deps.add(Dependency.of(id, blocker, DependencyType.BLOCKS, at, "bench"));
        if (random.nextInt(3) == 0) {
            IssueId parent = id(random.nextInt(index));
            if (!parent.equals(blocker)) {
                deps.add(Dependency.of(id, parent, DependencyType.PARENT_CHILD, at.plusNanos(1000), "bench"));
            }
        }
        return deps;
    }

    public static IssueId id(int index) {
        return IssueId.of("bd-" + Integer.toString(index + 46_656, 36)); // 4+ chars, like real hash ids
    }

    /** Writes the issues as a JSONL file. */
    public static Path writeJsonl(List<Issue> issues, Path file) {
        JsonlCodecs.create().writeAtomically(issues, file);
        return file;
    }

    /** A fresh initialised workspace under {@code dir} holding {@code n} synthetic issues. */
    public static Beads create(Path dir, int n) {
        Path jsonl = writeJsonl(issues(n, 42), dir.resolve("seed.jsonl"));
        Beads beads = Beads.init(dir.resolve("ws"), "bd");
        beads.sync().importIssues(new ImportIssues(jsonl, false, "bench"));
        beads.sync().flushIfDirty();
        return beads;
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("beads-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
