package dev.beads.testkit;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.SortOrder;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code list(IssueFilter)} over plain collections, as docs/REPOSITORY-SEMANTICS.md ("list: filters" and "list:
 * sorting and limit") pins it.
 */
final class IssueListing {
    private static final Comparator<Issue> BY_ID = Comparator.comparing(Issue::id);
    private static final Comparator<Issue> BY_PRIORITY = Comparator.comparing(Issue::priority);

    private IssueListing() {}

    static List<Issue> list(Collection<Issue> issues, IssueFilter filter) {
        Comparator<Issue> order = comparator(filter.sort()).thenComparing(BY_ID);
        if (filter.reverse()) {
            order = order.reversed();
        }
        List<Issue> sorted =
                issues.stream().filter(i -> matches(i, filter)).sorted(order).toList();
        return filter.limit() > 0 && sorted.size() > filter.limit() ? sorted.subList(0, filter.limit()) : sorted;
    }

    static boolean matches(Issue i, IssueFilter f) {
        return (f.includeTombstones() || !i.isTombstone())
                && (f.statuses().isEmpty() || f.statuses().contains(i.status()))
                && (f.types().isEmpty() || f.types().contains(i.issueType()))
                && (f.priorityMin() == null || i.priority().value() >= f.priorityMin())
                && (f.priorityMax() == null || i.priority().value() <= f.priorityMax())
                && (f.assignee() == null || i.assignee().equals(f.assignee()))
                && (!f.unassigned() || i.assignee().isEmpty())
                && hasLabels(i, f.labelsAll(), f.labelsAny())
                && contains(i.title(), f.titleContains())
                && contains(i.description(), f.descriptionContains())
                && contains(i.notes(), f.notesContains())
                && matchesText(i, f.text())
                && inRange(i.createdAt(), f.createdAfter(), f.createdBefore())
                && inRange(i.updatedAt(), f.updatedAfter(), f.updatedBefore())
                && closedInRange(i.closedAt(), f.closedAfter(), f.closedBefore())
                && (f.ids().isEmpty() || f.ids().contains(i.id()));
    }

    static boolean hasLabels(Issue i, Set<String> all, Set<String> any) {
        return i.labels().containsAll(all) && (any.isEmpty() || any.stream().anyMatch(i.labels()::contains));
    }

    private static boolean matchesText(Issue i, String text) {
        return text == null
                || contains(i.id().value(), text)
                || contains(i.title(), text)
                || contains(i.description(), text)
                || contains(i.notes(), text);
    }

    private static boolean contains(String field, String fragment) {
        return fragment == null || lower(field).contains(lower(fragment));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean inRange(OffsetDateTime t, OffsetDateTime after, OffsetDateTime before) {
        return (after == null || t.isAfter(after)) && (before == null || t.isBefore(before));
    }

    private static boolean closedInRange(OffsetDateTime closedAt, OffsetDateTime after, OffsetDateTime before) {
        if (after == null && before == null) {
            return true;
        }
        return closedAt != null && inRange(closedAt, after, before);
    }

    private static Comparator<Issue> comparator(SortOrder sort) {
        return switch (sort) {
            case PRIORITY -> BY_PRIORITY.thenComparing(newest(Issue::createdAt));
            case CREATED -> newest(Issue::createdAt);
            case UPDATED -> newest(Issue::updatedAt);
            case CLOSED ->
                Comparator.comparing(
                        Issue::closedAt,
                        Comparator.nullsLast(
                                Comparator.comparing(OffsetDateTime::toInstant).reversed()));
            case ID -> BY_ID;
            case TITLE -> Comparator.comparing(i -> lower(i.title()));
            case STATUS -> Comparator.comparing((Issue i) -> i.status().name()).thenComparing(BY_PRIORITY);
            case TYPE -> Comparator.comparing((Issue i) -> i.issueType().name()).thenComparing(BY_PRIORITY);
            case ASSIGNEE -> Comparator.comparing(Issue::assignee).thenComparing(BY_PRIORITY);
        };
    }

    private static Comparator<Issue> newest(java.util.function.Function<Issue, OffsetDateTime> field) {
        return Comparator.comparing((Issue i) -> field.apply(i).toInstant()).reversed();
    }
}
