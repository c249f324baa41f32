package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Issue#equals} and {@link Issue#hashCode} are written out (start-up); this checks them against what a record
 * would generate: equal over equal components, and unequal when any single component differs.
 */
class IssueValueTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHours(-8));
    private static final IssueId ID = IssueId.of("bd-a1");

    @Test
    void issuesOfEqualComponents_areEqual_andHashAlike() throws Exception {
        Object[] args = components(base());
        Issue copy = canonical().newInstance(args);
        assertThat(copy).isEqualTo(base()).hasSameHashCodeAs(base());
        assertThat(base()).isNotEqualTo(null).isNotEqualTo("bd-a1");
    }

    @Test
    void anIssueDifferingInAnyOneComponent_isNotEqual() throws Exception {
        RecordComponent[] parts = Issue.class.getRecordComponents();
        Object[] args = components(base());
        for (int i = 0; i < parts.length; i++) {
            Object[] changed = args.clone();
            changed[i] = other(parts[i], args[i]);
            Issue variant = canonical().newInstance(changed);
            assertThat(variant).as(parts[i].getName()).isNotEqualTo(base());
            assertThat(variant.hashCode()).as(parts[i].getName()).isNotEqualTo(base().hashCode());
        }
    }

    /** A closed issue with every component set, no dependencies (another id would not own them). */
    private static Issue base() throws Exception {
        RecordComponent[] parts = Issue.class.getRecordComponents();
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            args[i] = value(parts[i]);
        }
        return canonical().newInstance(args);
    }

    private static Object value(RecordComponent c) {
        return switch (c.getName()) {
            case "id" -> ID;
            case "status" -> Status.CLOSED;
            case "priority" -> Priority.of(1);
            case "issueType" -> IssueType.TASK;
            case "estimatedMinutes" -> 30;
            case "labels" -> List.of("a");
            case "dependencies", "comments" -> List.of();
            case "extra" -> Map.of("k", RawJson.of("1"));
            default -> byType(c);
        };
    }

    private static Object byType(RecordComponent c) {
        Class<?> type = c.getType();
        if (type == String.class) {
            return "v";
        }
        if (type == OffsetDateTime.class) {
            return T;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == RawJson.class) {
            return RawJson.of("{\"x\":1}");
        }
        throw new AssertionError("no test value for component " + c.getName() + " of " + type);
    }

    private static Object other(RecordComponent c, Object value) {
        return switch (c.getName()) {
            case "id" -> IssueId.of("bd-b2");
            case "status" -> Status.TOMBSTONE;
            case "priority" -> Priority.of(3);
            case "issueType" -> IssueType.BUG;
            case "estimatedMinutes" -> 31;
            case "labels" -> List.of("b");
            case "dependencies" ->
                List.of(new Dependency(ID, IssueId.of("bd-c3"), DependencyType.BLOCKS, T, "x", Map.of()));
            case "comments" -> List.of(new Comment(1, ID, "me", "hi", T));
            case "extra" -> Map.of("k", RawJson.of("2"));
            default -> otherByType(c, value);
        };
    }

    private static Object otherByType(RecordComponent c, Object value) {
        if (value instanceof String s) {
            return s + "2";
        }
        if (value instanceof OffsetDateTime t) {
            return t.plusNanos(1);
        }
        if (value instanceof Integer n) {
            return n + 1;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof RawJson) {
            return RawJson.of("{\"x\":2}");
        }
        throw new AssertionError("no other value for component " + c.getName());
    }

    private static Object[] components(Issue issue) throws Exception {
        RecordComponent[] parts = Issue.class.getRecordComponents();
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            args[i] = parts[i].getAccessor().invoke(issue);
        }
        return args;
    }

    private static Constructor<Issue> canonical() throws NoSuchMethodException {
        RecordComponent[] parts = Issue.class.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
        }
        return Issue.class.getDeclaredConstructor(types);
    }
}
