package dev.beads.core.port;

import dev.beads.core.model.Issue;
import java.util.List;
import java.util.Objects;

/**
 * What a JSONL file holds, as read: its issues in file order (an id the file has twice is there twice) with the
 * line each came from, and its other records (DESIGN §3: lines without an {@code id}, or whose {@code _type} is not
 * {@code issue}), verbatim.
 *
 * @param issueLines the line (from 1) of each of {@code issues}, index for index; not copied
 */
public record JsonlDocument(List<Issue> issues, int[] issueLines, List<Verbatim> records) {
    public JsonlDocument {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(issueLines, "issueLines");
        records = List.copyOf(records);
        if (issueLines.length != issues.size()) {
            throw new IllegalArgumentException(issues.size() + " issues but " + issueLines.length + " line numbers");
        }
    }

    /** A record that is not an issue: its line and its text, exactly as read (without the line break). */
    public record Verbatim(int line, String text) {}

    /** The issues of a document whose lines are its issues, one each, from line 1. */
    public static JsonlDocument ofIssues(List<Issue> issues) {
        int[] lines = new int[issues.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 1;
        }
        return new JsonlDocument(issues, lines, List.of());
    }
}
