package dev.beads.cli.commands;

import dev.beads.cli.session.Ports;
import dev.beads.core.api.CreateIssue.NewDependency;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Turns option text into model values with the core's own validation (and its messages). */
final class Inputs {
    static final String CUSTOM_STATUSES = "status.custom";
    static final String CUSTOM_TYPES = "types.custom";

    private Inputs() {}

    /** {@code 1} or {@code P1}; null stays null. */
    static Priority priority(String text) {
        return text == null ? null : Priority.parse(text);
    }

    /** A built-in type, or one from {@code types.custom} (looked up only when needed). */
    static IssueType type(String text, Supplier<Ports> ports) {
        if (text == null) {
            return null;
        }
        try {
            return IssueType.parse(text, List.of());
        } catch (InvalidInputException builtInOnly) {
            return IssueType.parse(text, custom(ports.get(), CUSTOM_TYPES));
        }
    }

    /** A built-in status, or one from {@code status.custom} (looked up only when needed). */
    static Status status(String text, Supplier<Ports> ports) {
        if (text == null) {
            return null;
        }
        try {
            return Status.parse(text, List.of());
        } catch (InvalidInputException builtInOnly) {
            List<String> custom = custom(ports.get(), CUSTOM_STATUSES);
            return Status.parse(text, custom);
        }
    }

    /** Several statuses ({@code -s open,in_progress}). */
    static Set<Status> statuses(List<String> texts, Supplier<Ports> ports) {
        Set<Status> result = new LinkedHashSet<>();
        for (String t : split(texts)) {
            result.add(t.equalsIgnoreCase("tombstone") ? Status.TOMBSTONE : status(t, ports));
        }
        return result;
    }

    /** Several types ({@code -t bug,feature}). */
    static Set<IssueType> types(List<String> texts, Supplier<Ports> ports) {
        Set<IssueType> result = new LinkedHashSet<>();
        for (String t : split(texts)) {
            result.add(type(t, ports));
        }
        return result;
    }

    /** A comma-separated config value as a list. */
    static List<String> custom(Ports ports, String key) {
        return ports.config().get(key).map(v -> split(List.of(v))).orElse(List.of());
    }

    /** Values given as repeated options and/or comma-separated lists, stripped, empty ones dropped. */
    static List<String> split(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(result::add);
        }
        return result;
    }

    /** {@code --deps blocks:bd-1,related:bd-2,bd-3} (type defaults to blocks); ids may be partial. */
    static List<NewDependency> dependencies(String spec, Ports ports) {
        List<NewDependency> deps = new ArrayList<>();
        for (String item : split(spec == null ? List.of() : List.of(spec))) {
            int colon = item.indexOf(':');
            DependencyType type = colon < 0 ? DependencyType.BLOCKS : DependencyType.parse(item.substring(0, colon));
            String id = colon < 0 ? item : item.substring(colon + 1).strip();
            if (id.isEmpty()) {
                throw new InvalidInputException("invalid dependency \"" + item + "\": use type:id, like blocks:bd-1");
            }
            deps.add(new NewDependency(type, ports.queries().resolve(id)));
        }
        return deps;
    }

    /** A date filter: {@code 2025-01-31} (start of that day, UTC) or an RFC 3339 timestamp. */
    static OffsetDateTime date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return Timestamps.parse(text.strip());
            } catch (InvalidInputException notATimestamp) {
                throw new InvalidInputException("invalid date \"" + text
                        + "\": use YYYY-MM-DD (start of that day, UTC) or RFC 3339, like 2025-01-31T12:00:00Z");
            }
        }
    }
}
