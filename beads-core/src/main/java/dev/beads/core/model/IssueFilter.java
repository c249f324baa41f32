package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Filters for list, search, count and export. Empty sets and null values mean "no constraint". Tombstones are
 * excluded unless {@code includeTombstones} (export includes them).
 *
 * @param text matches id, title, description or notes (search); null for none
 * @param limit 0 for no limit
 */
public record IssueFilter(
        Set<Status> statuses,
        Set<IssueType> types,
        Integer priorityMin,
        Integer priorityMax,
        String assignee,
        boolean unassigned,
        Set<String> labelsAll,
        Set<String> labelsAny,
        String titleContains,
        String descriptionContains,
        String notesContains,
        String text,
        OffsetDateTime createdAfter,
        OffsetDateTime createdBefore,
        OffsetDateTime updatedAfter,
        OffsetDateTime updatedBefore,
        OffsetDateTime closedAfter,
        OffsetDateTime closedBefore,
        Set<IssueId> ids,
        boolean includeTombstones,
        SortOrder sort,
        boolean reverse,
        int limit) {

    public static final IssueFilter ALL = builder().build();

    public IssueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        labelsAll = labelsAll == null ? Set.of() : Set.copyOf(labelsAll);
        labelsAny = labelsAny == null ? Set.of() : Set.copyOf(labelsAny);
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        sort = sort == null ? SortOrder.PRIORITY : sort;
        if (limit < 0) {
            throw new InvalidInputException("limit must be 0 (no limit) or more, got " + limit);
        }
        if (priorityMin != null) {
            Priority.of(priorityMin);
        }
        if (priorityMax != null) {
            Priority.of(priorityMax);
        }
        if (priorityMin != null && priorityMax != null && priorityMin > priorityMax) {
            throw new InvalidInputException("priority range is empty: min " + priorityMin + " > max " + priorityMax);
        }
        if (unassigned && assignee != null) {
            throw new InvalidInputException("give either an assignee or unassigned, not both");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction; every field defaults to "no constraint". */
    public static final class Builder {
        private Set<Status> statuses = Set.of();
        private Set<IssueType> types = Set.of();
        private Integer priorityMin;
        private Integer priorityMax;
        private String assignee;
        private boolean unassigned;
        private Set<String> labelsAll = Set.of();
        private Set<String> labelsAny = Set.of();
        private String titleContains;
        private String descriptionContains;
        private String notesContains;
        private String text;
        private OffsetDateTime createdAfter;
        private OffsetDateTime createdBefore;
        private OffsetDateTime updatedAfter;
        private OffsetDateTime updatedBefore;
        private OffsetDateTime closedAfter;
        private OffsetDateTime closedBefore;
        private Set<IssueId> ids = Set.of();
        private boolean includeTombstones;
        private SortOrder sort = SortOrder.PRIORITY;
        private boolean reverse;
        private int limit;

        public Builder statuses(Set<Status> v) {
            statuses = v;
            return this;
        }

        public Builder status(Status v) {
            statuses = Set.of(v);
            return this;
        }

        public Builder types(Set<IssueType> v) {
            types = v;
            return this;
        }

        public Builder type(IssueType v) {
            types = Set.of(v);
            return this;
        }

        public Builder priorityMin(Integer v) {
            priorityMin = v;
            return this;
        }

        public Builder priorityMax(Integer v) {
            priorityMax = v;
            return this;
        }

        public Builder priority(int v) {
            priorityMin = v;
            priorityMax = v;
            return this;
        }

        public Builder assignee(String v) {
            assignee = v;
            return this;
        }

        public Builder unassigned(boolean v) {
            unassigned = v;
            return this;
        }

        public Builder labelsAll(Set<String> v) {
            labelsAll = v;
            return this;
        }

        public Builder labelsAny(Set<String> v) {
            labelsAny = v;
            return this;
        }

        public Builder titleContains(String v) {
            titleContains = v;
            return this;
        }

        public Builder descriptionContains(String v) {
            descriptionContains = v;
            return this;
        }

        public Builder notesContains(String v) {
            notesContains = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder createdAfter(OffsetDateTime v) {
            createdAfter = v;
            return this;
        }

        public Builder createdBefore(OffsetDateTime v) {
            createdBefore = v;
            return this;
        }

        public Builder updatedAfter(OffsetDateTime v) {
            updatedAfter = v;
            return this;
        }

        public Builder updatedBefore(OffsetDateTime v) {
            updatedBefore = v;
            return this;
        }

        public Builder closedAfter(OffsetDateTime v) {
            closedAfter = v;
            return this;
        }

        public Builder closedBefore(OffsetDateTime v) {
            closedBefore = v;
            return this;
        }

        public Builder ids(Set<IssueId> v) {
            ids = v;
            return this;
        }

        public Builder includeTombstones(boolean v) {
            includeTombstones = v;
            return this;
        }

        public Builder sort(SortOrder v) {
            sort = v;
            return this;
        }

        public Builder reverse(boolean v) {
            reverse = v;
            return this;
        }

        public Builder limit(int v) {
            limit = v;
            return this;
        }

        public IssueFilter build() {
            return new IssueFilter(
                    statuses,
                    types,
                    priorityMin,
                    priorityMax,
                    assignee,
                    unassigned,
                    labelsAll,
                    labelsAny,
                    titleContains,
                    descriptionContains,
                    notesContains,
                    text,
                    createdAfter,
                    createdBefore,
                    updatedAfter,
                    updatedBefore,
                    closedAfter,
                    closedBefore,
                    ids,
                    includeTombstones,
                    sort,
                    reverse,
                    limit);
        }
    }

    /** Labels given as a list keep no order: a helper for callers that collect them. */
    public static Set<String> labels(List<String> labels) {
        return Set.copyOf(labels);
    }
}
