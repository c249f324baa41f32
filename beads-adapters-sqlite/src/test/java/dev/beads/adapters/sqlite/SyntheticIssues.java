package dev.beads.adapters.sqlite;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import dev.beads.core.port.IssueWriter.Change;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible workspace of {@code n} issues shaped like a real one: about 30% with dependencies (mostly blocks,
 * some parent-child), half with labels, a quarter closed, creation times spread over a year.
 */
final class SyntheticIssues {
    static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-8));
    private static final Status[] STATUSES = {
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.IN_PROGRESS,
        Status.CLOSED,
        Status.CLOSED,
        Status.BLOCKED
    };
    private static final String[] LABELS = {"backend", "frontend", "docs", "perf", "security", "ux", "infra"};

    private SyntheticIssues() {}

    static String id(int i) {
        return "bd-" + Integer.toString(i + 1296, 36);
    }

    static List<Change> changes(int n, long seed) {
        Random random = new Random(seed);
        List<Change> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Issue issue = issue(i, random);
            out.add(new Change(issue, AuditEvent.of(issue.id(), EventType.CREATED, "bench", issue.createdAt())));
        }
        return out;
    }

    static Issue issue(int i, Random random) {
        OffsetDateTime created = START.plusMinutes(i * 5L);
        Status status = STATUSES[random.nextInt(STATUSES.length)];
        IssueId id = IssueId.of(id(i));
        List<Dependency> deps = new ArrayList<>();
        if (i > 10 && random.nextInt(10) < 3) {
            int edges = 1 + random.nextInt(2);
            for (int e = 0; e < edges; e++) {
                IssueId to = IssueId.of(id(random.nextInt(i)));
                DependencyType type = random.nextInt(4) == 0 ? DependencyType.PARENT_CHILD : DependencyType.BLOCKS;
                if (deps.stream().noneMatch(d -> d.dependsOnId().equals(to))) {
                    deps.add(Dependency.of(id, to, type, created, "bench"));
                }
            }
        }
        List<String> labels = random.nextBoolean() ? List.of(LABELS[random.nextInt(LABELS.length)]) : List.of();
        return Issue.builder()
                .id(id)
                .title("Synthetic issue number " + i + " about the storage layer")
                .description("A description of issue " + i + " with enough words to look like a real one: steps to"
                        + " reproduce, what was expected, and what happened instead.")
                .status(status)
                .priority(Priority.of(random.nextInt(5)))
                .issueType(IssueType.BUILT_IN.get(random.nextInt(IssueType.BUILT_IN.size())))
                .assignee(random.nextInt(3) == 0 ? "alice" : "")
                .createdAt(created)
                .createdBy("bench")
                .updatedAt(created.plusHours(1))
                .closedAt(status.equals(Status.CLOSED) ? created.plusHours(2) : null)
                .labels(labels)
                .dependencies(deps)
                .build();
    }
}
