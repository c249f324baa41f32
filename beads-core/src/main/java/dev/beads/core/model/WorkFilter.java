package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.Set;

/**
 * Filters for ready work (and blocked issues).
 *
 * @param priority exact priority, or null
 * @param limit 0 for no limit
 */
public record WorkFilter(
        String assignee,
        boolean unassigned,
        Integer priority,
        Set<IssueType> types,
        Set<String> labelsAll,
        Set<String> labelsAny,
        ReadySort sort,
        int limit) {

    public static final WorkFilter ALL = new WorkFilter(null, false, null, Set.of(), Set.of(), Set.of(), null, 0);

    public WorkFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        labelsAll = labelsAll == null ? Set.of() : Set.copyOf(labelsAll);
        labelsAny = labelsAny == null ? Set.of() : Set.copyOf(labelsAny);
        sort = sort == null ? ReadySort.HYBRID : sort;
        if (priority != null) {
            Priority.of(priority);
        }
        if (limit < 0) {
            throw new InvalidInputException("limit must be 0 (no limit) or more, got " + limit);
        }
        if (unassigned && assignee != null) {
            throw new InvalidInputException("give either an assignee or unassigned, not both");
        }
    }

    public WorkFilter withSort(ReadySort newSort) {
        return new WorkFilter(assignee, unassigned, priority, types, labelsAll, labelsAny, newSort, limit);
    }

    public WorkFilter withLimit(int newLimit) {
        return new WorkFilter(assignee, unassigned, priority, types, labelsAll, labelsAny, sort, newLimit);
    }
}
