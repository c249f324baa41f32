package dev.beads.testkit.contract;

import dev.beads.core.model.IssueType;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.WorkFilter;
import java.util.Set;

/** A fluent {@link WorkFilter} for the ready and blocked cases (the record has no builder). */
final class WorkFilters {
    private String assignee;
    private boolean unassigned;
    private Integer priority;
    private Set<IssueType> types = Set.of();
    private Set<String> labelsAll = Set.of();
    private Set<String> labelsAny = Set.of();
    private ReadySort sort;
    private int limit;

    WorkFilters assignee(String value) {
        assignee = value;
        return this;
    }

    WorkFilters unassigned() {
        unassigned = true;
        return this;
    }

    WorkFilters priority(int value) {
        priority = value;
        return this;
    }

    WorkFilters types(IssueType... values) {
        types = Set.of(values);
        return this;
    }

    WorkFilters labelsAll(String... values) {
        labelsAll = Set.of(values);
        return this;
    }

    WorkFilters labelsAny(String... values) {
        labelsAny = Set.of(values);
        return this;
    }

    WorkFilters sort(ReadySort value) {
        sort = value;
        return this;
    }

    WorkFilters limit(int value) {
        limit = value;
        return this;
    }

    WorkFilter build() {
        return new WorkFilter(assignee, unassigned, priority, types, labelsAll, labelsAny, sort, limit);
    }
}
