package dev.beads.core.api;

import java.util.Objects;

/**
 * Something an import stored as it was although bd would not write it so, or resolved on its own: a rule of
 * {@link dev.beads.core.model.IssueRules} broken by an imported issue, a comment id that is not bd's, a record that is
 * not an issue, an id twice in the file. {@code bd import --strict} turns warnings into errors.
 *
 * @param line the line of the file (from 1)
 * @param id the id, or empty for a record without one
 * @param rule a stable key ({@code closed-without-closed-at}, {@code non-issue-record}, ...)
 * @param message what was found and what the import did about it
 */
public record ImportWarning(int line, String id, String rule, String message) {
    public ImportWarning {
        id = id == null ? "" : id;
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 4 (bd-a3f8): closed but has no closed_at timestamp} */
    @Override
    public String toString() {
        return "line " + line + (id.isEmpty() ? "" : " (" + id + ")") + ": " + message;
    }
}
