package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * An issue status. The built-in ones are constants; other names found in files or configured in
 * {@code status.custom} are kept as they are.
 */
public record Status(String name) {
    public static final Status OPEN = new Status("open");
    public static final Status IN_PROGRESS = new Status("in_progress");
    public static final Status BLOCKED = new Status("blocked");
    public static final Status CLOSED = new Status("closed");
    public static final Status TOMBSTONE = new Status("tombstone");
    public static final Status DEFERRED = new Status("deferred");
    public static final Status PINNED = new Status("pinned");

    public static final List<Status> BUILT_IN =
            List.of(OPEN, IN_PROGRESS, BLOCKED, CLOSED, TOMBSTONE, DEFERRED, PINNED);

    public Status {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidInputException("status must not be empty: use open, in_progress, blocked or closed");
        }
    }

    /** Any status name, as found in a file. */
    public static Status of(String name) {
        return new Status(name);
    }

    /**
     * A status a user typed: built-in names or one of {@code custom} ({@code status.custom} in config);
     * {@code tombstone} is reserved for delete.
     */
    public static Status parse(String name, List<String> custom) {
        Status status =
                new Status(name.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        if (status.equals(TOMBSTONE)) {
            throw new InvalidInputException("status tombstone is set by bd delete, not by update");
        }
        if (!BUILT_IN.contains(status) && !custom.contains(status.name)) {
            throw new InvalidInputException(
                    "invalid status \"" + name + "\": use open, in_progress, blocked, deferred, pinned or closed");
        }
        return status;
    }

    /** Blocking statuses: an issue in one of them blocks its dependents (beads ready semantics). */
    public boolean blocksDependents() {
        return equals(OPEN) || equals(IN_PROGRESS) || equals(BLOCKED);
    }

    // equals and hashCode written out: a record's generated ones are linked through invokedynamic on first use,
    // milliseconds of a cold bd process, and statuses are hashed while the workspace opens.
    @Override
    public boolean equals(Object o) {
        return o instanceof Status other && name.equals(other.name);
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
