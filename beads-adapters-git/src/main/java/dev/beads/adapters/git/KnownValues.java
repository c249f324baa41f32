package dev.beads.adapters.git;

import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model's built-in constants, reused for every line that names one: a large file repeats a handful of
 * statuses, types and priorities, and sharing them keeps a 100,000-issue read from holding 100,000 copies of each.
 */
final class KnownValues {
    private static final Map<String, Status> STATUSES = index(Status.BUILT_IN, Status::name);
    private static final Map<String, IssueType> TYPES = index(IssueType.BUILT_IN, IssueType::name);
    private static final Map<String, DependencyType> DEPENDENCY_TYPES =
            index(DependencyType.BUILT_IN, DependencyType::name);
    private static final Priority[] PRIORITIES = {
        Priority.of(0), Priority.of(1), Priority.of(2), Priority.of(3), Priority.of(4)
    };

    private KnownValues() {}

    static Status status(String name) {
        Status known = STATUSES.get(name);
        return known != null ? known : Status.of(name);
    }

    static IssueType issueType(String name) {
        IssueType known = TYPES.get(name);
        return known != null ? known : IssueType.of(name);
    }

    static DependencyType dependencyType(String name) {
        DependencyType known = DEPENDENCY_TYPES.get(name);
        return known != null ? known : DependencyType.of(name);
    }

    /** The shared constant for 0 to 4; any other value as it is. */
    static Priority priority(int value) {
        return value >= 0 && value < PRIORITIES.length ? PRIORITIES[value] : Priority.stored(value);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> name) {
        Map<String, T> map = new HashMap<>();
        values.forEach(v -> map.put(name.apply(v), v));
        return Map.copyOf(map);
    }
}
