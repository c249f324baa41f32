package dev.beads.adapters.sqlite;

import dev.beads.adapters.sqlite.Sql.Fragment;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link IssueFilter} as SQL over {@code issues}: a WHERE condition and an ORDER BY list
 * (docs/REPOSITORY-SEMANTICS.md, "list: filters" and "list: sorting and limit").
 */
final class IssueFilters {
    private IssueFilters() {}

    static Fragment condition(IssueFilter f) {
        List<Fragment> all = new ArrayList<>();
        if (!f.includeTombstones()) {
            all.add(Fragment.of("status <> ?", Status.TOMBSTONE.name()));
        }
        if (!f.statuses().isEmpty()) {
            all.add(Sql.inValues(
                    "status", f.statuses().stream().map(Status::name).toList()));
        }
        if (!f.types().isEmpty()) {
            all.add(Sql.inValues(
                    "issue_type", f.types().stream().map(IssueType::name).toList()));
        }
        if (f.priorityMin() != null) {
            all.add(Fragment.of("priority >= ?", f.priorityMin()));
        }
        if (f.priorityMax() != null) {
            all.add(Fragment.of("priority <= ?", f.priorityMax()));
        }
        all.add(assignee(f.assignee(), f.unassigned()));
        all.add(labels(f.labelsAll(), f.labelsAny()));
        all.add(contains("title", f.titleContains()));
        all.add(contains("description", f.descriptionContains()));
        all.add(contains("notes", f.notesContains()));
        if (f.text() != null) {
            all.add(Sql.or(
                    Sql.containsIgnoreCase("id", f.text()),
                    Sql.containsIgnoreCase("title", f.text()),
                    Sql.containsIgnoreCase("description", f.text()),
                    Sql.containsIgnoreCase("notes", f.text())));
        }
        all.add(range("created_ns", f.createdAfter(), f.createdBefore()));
        all.add(range("updated_ns", f.updatedAfter(), f.updatedBefore()));
        // A NULL closed_ns never compares true: issues without closed_at never match a closed range.
        all.add(range("closed_ns", f.closedAfter(), f.closedBefore()));
        if (!f.ids().isEmpty()) {
            all.add(Sql.in("id", Sql.ids(f.ids())));
        }
        return Sql.and(all);
    }

    /** Exact assignee, or unassigned (empty); shared with ready work. */
    static Fragment assignee(String assignee, boolean unassigned) {
        if (assignee != null) {
            return Fragment.of("assignee = ?", assignee);
        }
        return unassigned ? Fragment.of("assignee = ''") : Sql.TRUE;
    }

    /** Has every label of {@code all} and at least one of {@code any}; shared with ready work. */
    static Fragment labels(Set<String> all, Set<String> any) {
        List<Fragment> out = new ArrayList<>();
        for (String label : all) {
            out.add(Fragment.of(
                    "EXISTS (SELECT 1 FROM labels WHERE labels.issue_id = issues.id AND labels.label = ?)", label));
        }
        if (!any.isEmpty()) {
            out.add(Fragment.of(
                    "EXISTS (SELECT 1 FROM labels WHERE labels.issue_id = issues.id AND labels.label IN "
                            + Sql.IN_JSON_ARRAY + ")",
                    JsonObjects.stringArray(any)));
        }
        return Sql.and(out);
    }

    private static Fragment contains(String column, String fragment) {
        return fragment == null ? Sql.TRUE : Sql.containsIgnoreCase(column, fragment);
    }

    /** Strictly after / strictly before, by instant. */
    private static Fragment range(String nanos, OffsetDateTime after, OffsetDateTime before) {
        return Sql.and(
                after == null ? Sql.TRUE : Fragment.of(nanos + " > ?", Times.nanos(after)),
                before == null ? Sql.TRUE : Fragment.of(nanos + " < ?", Times.nanos(before)));
    }

    /** The sort's keys, ties broken by id ascending, the whole order flipped when {@code reverse}: an ORDER BY list. */
    static String order(SortOrder sort, boolean reverse) {
        String asc = reverse ? " DESC" : " ASC";
        String desc = reverse ? " ASC" : " DESC";
        List<String> keys = new ArrayList<>();
        switch (sort) {
            case PRIORITY -> {
                keys.add("priority" + asc);
                keys.add("created_ns" + desc);
            }
            case CREATED -> keys.add("created_ns" + desc);
            case UPDATED -> keys.add("updated_ns" + desc);
            case CLOSED -> {
                // Issues without closed_at last (first when reversed).
                keys.add("(closed_ns IS NULL)" + asc);
                keys.add("closed_ns" + desc);
            }
            case ID -> {}
            case TITLE -> keys.add("bd_lower(title)" + asc);
            case STATUS -> {
                keys.add("status" + asc);
                keys.add("priority" + asc);
            }
            case TYPE -> {
                keys.add("issue_type" + asc);
                keys.add("priority" + asc);
            }
            case ASSIGNEE -> {
                keys.add("assignee" + asc);
                keys.add("priority" + asc);
            }
        }
        keys.add("id" + asc);
        return String.join(", ", keys);
    }
}
