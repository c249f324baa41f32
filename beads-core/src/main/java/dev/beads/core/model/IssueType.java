package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An issue type: the five built-in ones, or any other name found in a file (molecule, message, …), kept as is. */
public record IssueType(String name) {
    public static final IssueType BUG = new IssueType("bug");
    public static final IssueType FEATURE = new IssueType("feature");
    public static final IssueType TASK = new IssueType("task");
    public static final IssueType EPIC = new IssueType("epic");
    public static final IssueType CHORE = new IssueType("chore");

    public static final List<IssueType> BUILT_IN = List.of(BUG, FEATURE, TASK, EPIC, CHORE);

    public IssueType {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidInputException("issue type must not be empty: use bug, feature, task, epic or chore");
        }
    }

    public static IssueType of(String name) {
        return new IssueType(name);
    }

    /** A type a user typed: one of the built-in ones, or of {@code custom} ({@code types.custom} in config). */
    public static IssueType parse(String name, List<String> custom) {
        IssueType type = new IssueType(name.trim().toLowerCase(Locale.ROOT));
        if (!BUILT_IN.contains(type) && !custom.contains(type.name)) {
            throw new InvalidInputException(
                    "invalid issue type \"" + name + "\": use bug, feature, task, epic or chore");
        }
        return type;
    }

    // equals and hashCode written out: a record's generated ones are linked through invokedynamic on first use,
    // milliseconds of a cold bd process.
    @Override
    public boolean equals(Object o) {
        return o instanceof IssueType other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
