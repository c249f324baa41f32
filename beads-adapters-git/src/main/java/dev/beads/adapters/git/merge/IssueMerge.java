package dev.beads.adapters.git.merge;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One issue merged field by field (DESIGN §4: all fields, not a subset). Every component of {@link Issue} takes part,
 * found through the record's components, so a field added to the model is merged without a change here:
 *
 * <ul>
 *   <li>scalars three-way ({@link ThreeWay#pick}); a true conflict goes to the side with the later {@code
 *       updated_at}, a tie to the left (ours), as Go bd's driver breaks ties;
 *   <li>{@code status} with {@code closed_at}, and the four deletion fields, each as one unit, so that a merge never
 *       makes an issue that is open with a close time or a tombstone with half a deletion;
 *   <li>{@code updated_at}: the later of the two, one nanosecond later when the merged issue is neither side's
 *       (so that both clones' imports, last write wins, take it);
 *   <li>{@code labels}, {@code dependencies} (by target and type) and unknown keys (by name): sets with removals;
 *   <li>{@code comments}: the union, deduplicated by (author, text) as import does;
 *   <li>a tombstone on one side wins over a live issue on the other (Go bd: the deletion is explicit); the other
 *       fields still merge, so nothing the live side wrote is lost with them.
 * </ul>
 *
 * <p>Pure and thread-safe.
 */
final class IssueMerge {
    private static final RecordComponent[] COMPONENTS = Issue.class.getRecordComponents();
    private static final Constructor<Issue> CONSTRUCTOR = canonicalConstructor();
    private static final Set<String> STATUS_GROUP = Set.of("status", "closedAt");
    private static final Set<String> DELETION_GROUP = Set.of("deletedAt", "deletedBy", "deleteReason", "originalType");

    private IssueMerge() {}

    /**
     * @param base the common ancestor's version, or null when both sides added the issue
     * @return the merged issue; equal to {@code left} when both sides are equal
     */
    static Issue merge(Issue base, Issue left, Issue right) {
        boolean leftWins =
                !right.updatedAt().toInstant().isAfter(left.updatedAt().toInstant());
        Object[] b = base == null ? null : values(base);
        Object[] l = values(left);
        Object[] r = values(right);
        Object[] merged = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            merged[i] = field(COMPONENTS[i].getName(), b == null ? ThreeWay.ABSENT : b[i], l[i], r[i], leftWins);
        }
        mergeGroup(STATUS_GROUP, b, l, r, merged, leftWins);
        mergeGroup(DELETION_GROUP, b, l, r, merged, leftWins);
        honourTombstone(left, right, l, r, merged);
        Issue result = construct(merged);
        if (result.equals(left) || result.equals(right)) {
            return result;
        }
        // A version neither side had: one nanosecond after the later side, so that each clone's last-write-wins
        // import takes it (a tie keeps the stored issue, which would leave both clones with their own side).
        return result.toBuilder().updatedAt(result.updatedAt().plusNanos(1)).build();
    }

    @SuppressWarnings("unchecked")
    private static Object field(String name, Object base, Object left, Object right, boolean leftWins) {
        return switch (name) {
            case "id" -> left;
            case "updatedAt" -> later((OffsetDateTime) left, (OffsetDateTime) right);
            case "labels" ->
                ThreeWay.keyed(list(base), (List<String>) left, (List<String>) right, label -> label, leftWins);
            case "dependencies" ->
                ThreeWay.keyed(
                        list(base), (List<Dependency>) left, (List<Dependency>) right, IssueMerge::edge, leftWins);
            case "comments" -> union((List<Comment>) left, (List<Comment>) right);
            case "extra" -> extra(base, (Map<String, RawJson>) left, (Map<String, RawJson>) right, leftWins);
            default -> ThreeWay.pick(base, left, right, leftWins);
        };
    }

    /** The fields of {@code group} as one value: one side's whole set, by the same three-way rule. */
    private static void mergeGroup(
            Set<String> group, Object[] base, Object[] left, Object[] right, Object[] merged, boolean leftWins) {
        Object b = base == null ? ThreeWay.ABSENT : pickFields(group, base);
        List<Object> l = pickFields(group, left);
        // pick returns one of its arguments: the chosen side is known by identity.
        Object chosen = ThreeWay.pick(b, l, pickFields(group, right), leftWins);
        copyGroup(group, chosen == l ? left : right, merged);
    }

    /** One side deleted the issue: its status and deletion fields win; both did: the later {@code deleted_at}. */
    private static void honourTombstone(Issue left, Issue right, Object[] l, Object[] r, Object[] merged) {
        boolean leftDead = left.status().equals(Status.TOMBSTONE);
        boolean rightDead = right.status().equals(Status.TOMBSTONE);
        if (!leftDead && !rightDead) {
            return;
        }
        Object[] winner = leftDead && rightDead ? (laterDeletion(left, right) ? l : r) : (leftDead ? l : r);
        copyGroup(STATUS_GROUP, winner, merged);
        copyGroup(DELETION_GROUP, winner, merged);
    }

    /** Go bd's mergeTombstones: the later deletion wins; one without a time loses; a tie goes to the left. */
    private static boolean laterDeletion(Issue left, Issue right) {
        if (left.deletedAt() == null || right.deletedAt() == null) {
            return left.deletedAt() != null || right.deletedAt() == null;
        }
        return !right.deletedAt().toInstant().isAfter(left.deletedAt().toInstant());
    }

    private static List<Object> pickFields(Set<String> group, Object[] values) {
        List<Object> picked = new ArrayList<>(group.size());
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (group.contains(COMPONENTS[i].getName())) {
                picked.add(values[i]);
            }
        }
        return picked;
    }

    private static void copyGroup(Set<String> group, Object[] from, Object[] to) {
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (group.contains(COMPONENTS[i].getName())) {
                to[i] = from[i];
            }
        }
    }

    private static OffsetDateTime later(OffsetDateTime left, OffsetDateTime right) {
        return right.toInstant().isAfter(left.toInstant()) ? right : left;
    }

    /** A dependency is the same relation when it has the same target and type (its issue is the merged one). */
    private static List<String> edge(Dependency dependency) {
        return List.of(dependency.dependsOnId().value(), dependency.type().name());
    }

    /** Left's comments, then right's whose (author, text) left does not have. */
    private static List<Comment> union(List<Comment> left, List<Comment> right) {
        List<Comment> merged = new ArrayList<>(left);
        for (Comment comment : right) {
            if (!containsSameContent(left, comment)) {
                merged.add(comment);
            }
        }
        return merged;
    }

    private static boolean containsSameContent(List<Comment> comments, Comment comment) {
        for (Comment existing : comments) {
            if (existing.sameContent(comment)) {
                return true;
            }
        }
        return false;
    }

    /** Unknown keys by name, as a set with removals; a key both sides changed differently goes to the winner. */
    @SuppressWarnings("unchecked")
    private static Map<String, RawJson> extra(
            Object base, Map<String, RawJson> left, Map<String, RawJson> right, boolean leftWins) {
        Map<String, RawJson> b = base == ThreeWay.ABSENT ? Map.of() : (Map<String, RawJson>) base;
        List<Map.Entry<String, RawJson>> merged = ThreeWay.keyed(
                List.copyOf(b.entrySet()),
                List.copyOf(left.entrySet()),
                List.copyOf(right.entrySet()),
                Map.Entry::getKey,
                leftWins);
        Map<String, RawJson> result = new LinkedHashMap<>();
        for (Map.Entry<String, RawJson> entry : merged) {
            result.put(entry.getKey(), entry.getValue());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object base) {
        return base == ThreeWay.ABSENT ? List.of() : (List<T>) base;
    }

    private static Object[] values(Issue issue) {
        Object[] values = new Object[COMPONENTS.length];
        try {
            for (int i = 0; i < COMPONENTS.length; i++) {
                values[i] = COMPONENTS[i].getAccessor().invoke(issue);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the fields of issue " + issue.id(), e);
        }
        return values;
    }

    private static Issue construct(Object[] values) {
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build the merged issue " + values[0], e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the merged issue " + values[0], e);
        }
    }

    private static Constructor<Issue> canonicalConstructor() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return Issue.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Issue has no canonical constructor", e);
        }
    }
}
