package dev.beads.adapters.sqlite;

import dev.beads.core.model.IssueId;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Small SQL building blocks shared by the query classes. */
final class Sql {
    private Sql() {}

    /**
     * {@code field IN (the given values)}, bound as one JSON array parameter read by {@code json_each}: one
     * statement shape for any number of ids, and no limit on bound variables.
     */
    static Condition in(Field<String> field, Collection<String> values) {
        return field.in(values(values));
    }

    static Select<Record1<String>> values(Collection<String> values) {
        return DSL.select(DSL.field("value", String.class))
                .from(DSL.table("json_each({0})", DSL.val(JsonObjects.stringArray(values))));
    }

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
    static Condition containsIgnoreCase(Field<String> field, String fragment) {
        if (fragment.chars().allMatch(c -> c < 0x80)) {
            return field.like(containsPattern(fragment), '\\');
        }
        Field<String> lowered = DSL.function("bd_lower", String.class, field);
        return DSL.condition("instr({0}, {1}) > 0", lowered, DSL.val(fragment.toLowerCase(java.util.Locale.ROOT)));
    }
}
