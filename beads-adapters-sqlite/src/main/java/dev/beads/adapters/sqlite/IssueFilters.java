package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;
import static dev.beads.adapters.sqlite.schema.Tables.LABELS;

import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** {@link IssueFilter} as SQL: a WHERE condition and an ORDER BY (REPOSITORY-SEMANTICS.md, list). */
final class IssueFilters {
    private IssueFilters() {}

    static Condition condition(IssueFilter f) {
        List<Condition> all = new ArrayList<>();
        if (!f.includeTombstones()) {
            all.add(ISSUES.STATUS.ne(Status.TOMBSTONE.name()));
        }
        if (!f.statuses().isEmpty()) {
            all.add(ISSUES.STATUS.in(f.statuses().stream().map(Status::name).toList()));
        }
        if (!f.types().isEmpty()) {
            all.add(ISSUES.ISSUE_TYPE.in(f.types().stream().map(IssueType::name).toList()));
        }
        if (f.priorityMin() != null) {
            all.add(ISSUES.PRIORITY.ge(f.priorityMin()));
        }
        if (f.priorityMax() != null) {
            all.add(ISSUES.PRIORITY.le(f.priorityMax()));
        }
        all.add(assignee(f.assignee(), f.unassigned()));
        all.add(labels(f.labelsAll(), f.labelsAny()));
        all.add(contains(ISSUES.TITLE, f.titleContains()));
        all.add(contains(ISSUES.DESCRIPTION, f.descriptionContains()));
        all.add(contains(ISSUES.NOTES, f.notesContains()));
        if (f.text() != null) {
            all.add(DSL.or(
                    Sql.containsIgnoreCase(ISSUES.ID, f.text()),
                    Sql.containsIgnoreCase(ISSUES.TITLE, f.text()),
                    Sql.containsIgnoreCase(ISSUES.DESCRIPTION, f.text()),
                    Sql.containsIgnoreCase(ISSUES.NOTES, f.text())));
        }
        all.add(range(ISSUES.CREATED_NS, f.createdAfter(), f.createdBefore()));
        all.add(range(ISSUES.UPDATED_NS, f.updatedAfter(), f.updatedBefore()));
        // A NULL closed_ns never compares true: issues without closed_at never match a closed range.
        all.add(range(ISSUES.CLOSED_NS, f.closedAfter(), f.closedBefore()));
        if (!f.ids().isEmpty()) {
            all.add(Sql.in(ISSUES.ID, Sql.ids(f.ids())));
        }
        return DSL.and(all);
    }

    /** Exact assignee, or unassigned (empty); shared with ready work. */
    static Condition assignee(String assignee, boolean unassigned) {
        if (assignee != null) {
            return ISSUES.ASSIGNEE.eq(assignee);
        }
        return unassigned ? ISSUES.ASSIGNEE.eq("") : DSL.noCondition();
    }

    /** Has every label of {@code all} and at least one of {@code any}; shared with ready work. */
    static Condition labels(Set<String> all, Set<String> any) {
        List<Condition> out = new ArrayList<>();
        for (String label : all) {
            out.add(DSL.exists(DSL.selectOne()
                    .from(LABELS)
                    .where(LABELS.ISSUE_ID.eq(ISSUES.ID))
                    .and(LABELS.LABEL.eq(label))));
        }
        if (!any.isEmpty()) {
            out.add(DSL.exists(DSL.selectOne()
                    .from(LABELS)
                    .where(LABELS.ISSUE_ID.eq(ISSUES.ID))
                    .and(LABELS.LABEL.in(any))));
        }
        return DSL.and(out);
    }

    private static Condition contains(Field<String> field, String fragment) {
        return fragment == null ? DSL.noCondition() : Sql.containsIgnoreCase(field, fragment);
    }

    /** Strictly after / strictly before, by instant. */
    private static Condition range(Field<Long> nanos, OffsetDateTime after, OffsetDateTime before) {
        Condition c = DSL.noCondition();
        if (after != null) {
            c = c.and(nanos.gt(Times.nanos(after)));
        }
        if (before != null) {
            c = c.and(nanos.lt(Times.nanos(before)));
        }
        return c;
    }

    /** The sort's keys, ties broken by id ascending, the whole order flipped when {@code reverse}. */
    static List<SortField<?>> order(SortOrder sort, boolean reverse) {
        List<SortField<?>> keys = new ArrayList<>();
        switch (sort) {
            case PRIORITY -> {
                keys.add(ISSUES.PRIORITY.sort(asc(reverse)));
                keys.add(ISSUES.CREATED_NS.sort(desc(reverse)));
            }
            case CREATED -> keys.add(ISSUES.CREATED_NS.sort(desc(reverse)));
            case UPDATED -> keys.add(ISSUES.UPDATED_NS.sort(desc(reverse)));
            case CLOSED -> {
                // Issues without closed_at last (first when reversed).
                keys.add(ISSUES.CLOSED_NS.isNull().sort(asc(reverse)));
                keys.add(ISSUES.CLOSED_NS.sort(desc(reverse)));
            }
            case ID -> {}
            case TITLE ->
                keys.add(DSL.function("bd_lower", String.class, ISSUES.TITLE).sort(asc(reverse)));
            case STATUS -> {
                keys.add(ISSUES.STATUS.sort(asc(reverse)));
                keys.add(ISSUES.PRIORITY.sort(asc(reverse)));
            }
            case TYPE -> {
                keys.add(ISSUES.ISSUE_TYPE.sort(asc(reverse)));
                keys.add(ISSUES.PRIORITY.sort(asc(reverse)));
            }
            case ASSIGNEE -> {
                keys.add(ISSUES.ASSIGNEE.sort(asc(reverse)));
                keys.add(ISSUES.PRIORITY.sort(asc(reverse)));
            }
        }
        keys.add(ISSUES.ID.sort(asc(reverse)));
        return keys;
    }

    private static org.jooq.SortOrder asc(boolean reverse) {
        return reverse ? org.jooq.SortOrder.DESC : org.jooq.SortOrder.ASC;
    }

    private static org.jooq.SortOrder desc(boolean reverse) {
        return reverse ? org.jooq.SortOrder.ASC : org.jooq.SortOrder.DESC;
    }
}
