package dev.beads.core.service;

import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counting queries: {@code bd count}, {@code bd stats} and {@code bd epic status}. */
final class IssueCounts {
    /** The group key of an issue without an assignee or without labels. */
    static final String NONE = "(none)";

    private final IssueRepository repository;

    IssueCounts(IssueRepository repository) {
        this.repository = repository;
    }

    CountResult count(IssueFilter filter, CountGroup group) {
        List<Issue> issues = repository.list(Filters.orAll(filter));
        if (group == null) {
            return new CountResult(issues.size(), Map.of());
        }
        Map<String, Integer> groups = new TreeMap<>();
        for (Issue issue : issues) {
            for (String key : keys(issue, group)) {
                groups.merge(key, 1, Integer::sum);
            }
        }
        return new CountResult(issues.size(), groups);
    }

    private static List<String> keys(Issue issue, CountGroup group) {
        return switch (group) {
            case STATUS -> List.of(issue.status().name());
            case PRIORITY -> List.of(issue.priority().toString());
            case TYPE -> List.of(issue.issueType().name());
            case ASSIGNEE -> List.of(issue.assignee().isEmpty() ? NONE : issue.assignee());
            case LABEL -> issue.labels().isEmpty() ? List.of(NONE) : issue.labels();
        };
    }

    Statistics stats(OffsetDateTime now) {
        int total = 0, open = 0, inProgress = 0, closed = 0, deferred = 0, tombstones = 0, pinned = 0;
        double leadHours = 0;
        int timed = 0; // closed issues with a closed_at: imported history may lack it

        for (Issue issue : repository.all()) {
            if (issue.pinned()) {
                pinned++;
            }
            if (issue.isTombstone()) {
                tombstones++;
                continue;
            }
            total++;
            Status status = issue.status();
            if (status.equals(Status.OPEN)) {
                open++;
            } else if (status.equals(Status.IN_PROGRESS)) {
                inProgress++;
            } else if (status.equals(Status.DEFERRED)) {
                deferred++;
            } else if (status.equals(Status.CLOSED)) {
                closed++;
                if (issue.closedAt() != null) {
                    timed++;
                    leadHours += Duration.between(issue.createdAt(), issue.closedAt())
                                    .toNanos()
                            / 3.6e12;
                }
            }
        }
        int blocked = repository.blocked(WorkFilter.ALL).size();
        int ready = repository.ready(WorkFilter.ALL, now).size();
        int eligible = epics(true).size();
        double averageLead = timed == 0 ? 0 : leadHours / timed;
        return new Statistics(
                total, open, inProgress, blocked, closed, deferred, ready, tombstones, pinned, eligible, averageLead);
    }

    /** Open epics (not closed, not deleted) with their children: issues with a parent-child edge to the epic. */
    List<EpicStatus> epics(boolean eligibleOnly) {
        IssueFilter openEpics = IssueFilter.builder()
                .type(IssueType.EPIC)
                .sort(dev.beads.core.model.SortOrder.ID)
                .build();
        List<EpicStatus> result = new ArrayList<>();
        for (Issue epic : repository.list(openEpics)) {
            if (epic.isClosed()) {
                continue;
            }
            // dependents() leaves out tombstones' edges (a deleted child is no child); findAll gives each issue once.
            List<IssueId> childIds = repository.dependents(epic.id()).stream()
                    .filter(d -> d.type().equals(DependencyType.PARENT_CHILD))
                    .map(Dependency::issueId)
                    .toList();
            List<Issue> children = repository.findAll(childIds);
            int closedChildren = (int) children.stream().filter(Issue::isClosed).count();
            boolean eligible = !children.isEmpty() && closedChildren == children.size();
            if (eligible || !eligibleOnly) {
                result.add(new EpicStatus(epic, children.size(), closedChildren, eligible));
            }
        }
        return result;
    }
}
