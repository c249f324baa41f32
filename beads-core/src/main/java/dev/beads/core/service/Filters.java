package dev.beads.core.service;

import dev.beads.core.model.IssueFilter;

/** Derived filters (IssueFilter has no {@code withX} for these). */
final class Filters {
    private Filters() {}

    static IssueFilter orAll(IssueFilter filter) {
        return filter == null ? IssueFilter.ALL : filter;
    }

    /** {@code filter} with its free-text condition replaced. */
    static IssueFilter withText(IssueFilter filter, String text) {
        IssueFilter f = orAll(filter);
        return new IssueFilter(
                f.statuses(),
                f.types(),
                f.priorityMin(),
                f.priorityMax(),
                f.assignee(),
                f.unassigned(),
                f.labelsAll(),
                f.labelsAny(),
                f.titleContains(),
                f.descriptionContains(),
                f.notesContains(),
                text,
                f.createdAfter(),
                f.createdBefore(),
                f.updatedAfter(),
                f.updatedBefore(),
                f.closedAfter(),
                f.closedBefore(),
                f.ids(),
                f.includeTombstones(),
                f.sort(),
                f.reverse(),
                f.limit());
    }
}
