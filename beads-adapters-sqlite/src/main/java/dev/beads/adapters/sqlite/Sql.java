package dev.beads.adapters.sqlite;

import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Small SQL building blocks shared by the query classes. The adapter writes its SQL as text (SQLite's dialect, one
 * place per statement) and composes the dynamic parts (list filters, ready work) from {@link Fragment}s: a query
 * builder library cost a cold {@code bd} process more than half of its start-up (docs/BENCHMARKS.md), and the few
 * shapes needed here fit in this class.
 */
final class Sql {
    /** A condition that always holds; {@link #and} drops it. */
    static final Fragment TRUE = new Fragment("1", List.of());

    private Sql() {}

    /** Some SQL text and the values of its {@code ?} parameters, in order. Immutable. */
    record Fragment(String sql, List<Object> binds) {
        Fragment {
            binds = List.copyOf(binds);
        }

        static Fragment of(String sql, Object... binds) {
            return new Fragment(sql, List.of(binds));
        }

        boolean isTrue() {
            return this == TRUE;
        }

        /** {@code NOT (this)}. */
        Fragment not() {
            return new Fragment("NOT (" + sql + ")", binds);
        }
    }

    /** The conjunction of {@code parts}, each in parentheses; {@link #TRUE} parts are left out. */
    static Fragment and(List<Fragment> parts) {
        return join(" AND ", parts);
    }

    static Fragment and(Fragment... parts) {
        return and(List.of(parts));
    }

    /** The disjunction of {@code parts} (none of them {@link #TRUE}). */
    static Fragment or(Fragment... parts) {
        return join(" OR ", List.of(parts));
    }

    private static Fragment join(String operator, List<Fragment> parts) {
        StringBuilder sql = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        for (Fragment part : parts) {
            if (part.isTrue()) {
                continue;
            }
            if (!sql.isEmpty()) {
                sql.append(operator);
            }
            sql.append('(').append(part.sql()).append(')');
            binds.addAll(part.binds());
        }
        return sql.isEmpty() ? TRUE : new Fragment(sql.toString(), binds);
    }

    /**
     * {@code column IN (the given values)}, bound as one JSON array parameter read by {@code json_each}: one
     * statement shape for any number of ids, and no limit on bound variables.
     */
    static Fragment in(String column, Collection<String> values) {
        return Fragment.of(column + " IN " + IN_JSON_ARRAY, JsonObjects.stringArray(values));
    }

    /**
     * {@code column IN (?, ?, …)} with one parameter per value, for short lists (statuses, types): the planner sees
     * the list and can use an index on {@code column}. Empty: no value matches.
     */
    static Fragment inValues(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return Fragment.of("0");
        }
        return new Fragment(column + " IN (" + placeholders(values.size()) + ")", List.copyOf(values));
    }

    /** {@code count} parameter markers: {@code ?, ?, ?}. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The subquery for {@link #in}: the values of the JSON array bound to its one parameter. */
    static final String IN_JSON_ARRAY = "(SELECT value FROM json_each(?))";

    static List<String> ids(Collection<IssueId> ids) {
        return ids.stream().map(IssueId::value).toList();
    }

    /** A LIKE pattern that matches {@code fragment} anywhere, with {@code \} escaping the wildcards. */
    static String containsPattern(String fragment) {
        StringBuilder out = new StringBuilder("%");
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('%').toString();
    }

    /**
     * Case-insensitive substring, as Java's {@code toLowerCase(Locale.ROOT).contains}: LIKE (indexed, fast) when the
     * fragment is ASCII, where SQLite's folding is the same; the {@code bd_lower} function otherwise.
     */
    static Fragment containsIgnoreCase(String column, String fragment) {
        if (fragment.chars().allMatch(c -> c < 0x80)) {
            return Fragment.of(column + " LIKE ? ESCAPE '\\'", containsPattern(fragment));
        }
        return Fragment.of("instr(bd_lower(" + column + "), ?) > 0", fragment.toLowerCase(Locale.ROOT));
    }
}
