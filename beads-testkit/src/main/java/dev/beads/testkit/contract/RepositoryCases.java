package dev.beads.testkit.contract;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.IssueBuilder;
import dev.beads.testkit.Issues;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared fixtures of the contract groups: storing issues and reading back ids. */
abstract class RepositoryCases {

    /** The store under test (fresh per test, closed by the contract). */
    abstract IssueRepository repo();

    /** Stores the issues in one write, each with a {@code created} event. */
    final void store(Issue... issues) {
        repo().write(w -> {
            for (Issue issue : issues) {
                w.put(issue, Issues.createdEvent(issue));
            }
            return null;
        });
    }

    /** Builds and stores the issues in one write. */
    final void store(IssueBuilder... builders) {
        store(Arrays.stream(builders).map(IssueBuilder::build).toArray(Issue[]::new));
    }

    /** Replaces (or inserts) one issue in its own write with an {@code updated} event. */
    final void update(Issue issue) {
        repo().write(w -> {
            w.put(issue, AuditEvent.of(issue.id(), EventType.UPDATED, Issues.ACTOR, issue.updatedAt()));
            return null;
        });
    }

    final Issue stored(String id) {
        return repo().find(IssueId.of(id)).orElseThrow(() -> new AssertionError("issue " + id + " not stored"));
    }

    static List<String> ids(List<Issue> issues) {
        return issues.stream().map(i -> i.id().value()).toList();
    }

    static List<String> values(List<IssueId> ids) {
        return ids.stream().map(IssueId::value).toList();
    }

    static Set<IssueId> idSet(String... ids) {
        return Arrays.stream(ids).map(IssueId::of).collect(Collectors.toSet());
    }

    static IssueFilter.Builder filter() {
        return IssueFilter.builder();
    }

    final List<String> listIds(IssueFilter.Builder filter) {
        return ids(repo().list(filter.build()));
    }

    /** Ids listed by {@code filter} in id order: the filter cases compare sets that way. */
    final List<String> listIdsById(IssueFilter.Builder filter) {
        return ids(repo().list(filter.sort(SortOrder.ID).build()));
    }

    final List<String> readyIds(WorkFilter filter, OffsetDateTime now) {
        return ids(repo().ready(filter, now));
    }

    static WorkFilter work() {
        return WorkFilter.ALL;
    }

    static WorkFilters workFilter() {
        return new WorkFilters();
    }

    static IssueBuilder issue(String id) {
        return Issues.anIssue(id);
    }
}
