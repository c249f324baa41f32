package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a dependency edge. Only {@code blocks} (and parent-child, through inheritance) affects ready work;
 * other names found in files ({@code supersedes}, {@code replies-to}, …) are kept as they are.
 */
public record DependencyType(String name) {
    public static final DependencyType BLOCKS = new DependencyType("blocks");
    public static final DependencyType RELATED = new DependencyType("related");
    public static final DependencyType PARENT_CHILD = new DependencyType("parent-child");
    public static final DependencyType DISCOVERED_FROM = new DependencyType("discovered-from");

    public static final List<DependencyType> BUILT_IN = List.of(BLOCKS, RELATED, PARENT_CHILD, DISCOVERED_FROM);

    public DependencyType {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidInputException(
                    "dependency type must not be empty: use blocks, related, parent-child" + " or discovered-from");
        }
    }

    public static DependencyType of(String name) {
        return new DependencyType(name);
    }

    /** A type a user typed: one of the built-in four. */
    public static DependencyType parse(String name) {
        DependencyType type = new DependencyType(name.trim().toLowerCase(Locale.ROOT));
        if (!BUILT_IN.contains(type)) {
            throw new InvalidInputException(
                    "invalid dependency type \"" + name + "\": use blocks, related, parent-child or discovered-from");
        }
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
