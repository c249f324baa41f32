package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue id: {@code <prefix>-<hash>} with optional child suffixes ({@code bd-a3f8.1.2}). Ordering is byte order
 * of the text, which is how Go bd sorts JSONL lines.
 *
 * <p>The shape rule (not blank, no whitespace) guards what users and commands name: {@link #of} enforces it. Ids
 * read from history (a JSONL file, the database) are kept as they were written, whatever they hold
 * ({@link #stored}); the constructor only refuses the empty id.
 */
public record IssueId(String value) implements Comparable<IssueId> {
    public IssueId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new InvalidInputException("an issue id cannot be empty: ids look like bd-a3f8");
        }
    }

    /** An id a user or command gives: not blank, no whitespace. */
    public static IssueId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!hasValidShape(value)) {
            throw new InvalidInputException("invalid issue id \"" + value + "\": ids look like bd-a3f8");
        }
        return new IssueId(value);
    }

    /** An id as history holds it (a JSONL line, a stored row): any non-empty text, unchecked. */
    public static IssueId stored(String value) {
        return new IssueId(value);
    }

    /** Whether {@code value} is an id bd would accept from a command: not blank, without whitespace. */
    public static boolean hasValidShape(String value) {
        return !value.isBlank() && !hasWhitespace(value);
    }

    /** Whether this id obeys the rule {@link #of} enforces. */
    public boolean hasValidShape() {
        return hasValidShape(value);
    }

    /** The prefix before the last hyphen ({@code bd} for {@code bd-a3f8.1}), or empty when there is no hyphen. */
    public String prefix() {
        int dash = value.lastIndexOf('-');
        return dash < 0 ? "" : value.substring(0, dash);
    }

    /** The part after the prefix's hyphen ({@code a3f8.1} for {@code bd-a3f8.1}). */
    public String localPart() {
        return value.substring(value.lastIndexOf('-') + 1);
    }

    /** The hierarchical parent ({@code bd-a3f8} for {@code bd-a3f8.1}), if this is a child id. */
    public Optional<IssueId> parent() {
        int dash = value.lastIndexOf('-');
        int dot = value.lastIndexOf('.');
        return dot > dash && dot > 0 ? Optional.of(new IssueId(value.substring(0, dot))) : Optional.empty();
    }

    /** A loop, not {@code chars().anyMatch(…)}: ids are made on every path of a cold bd process. */
    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 0 for a top-level id, 1 for {@code bd-a3f8.1}, and so on. */
    public int depth() {
        String local = localPart();
        int dots = 0;
        for (int i = 0; i < local.length(); i++) {
            if (local.charAt(i) == '.') {
                dots++;
            }
        }
        return dots;
    }

    /** The n-th child id: {@code bd-a3f8} → {@code bd-a3f8.n}. */
    public IssueId child(int n) {
        return new IssueId(value + "." + n);
    }

    @Override
    public int compareTo(IssueId other) {
        return value.compareTo(other.value);
    }

    // equals and hashCode written out: a record's generated ones are linked through invokedynamic on first use,
    // milliseconds of a cold bd process, and a flush hashes ids on its way out.
    @Override
    public boolean equals(Object o) {
        return o instanceof IssueId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
