package dev.beads.core.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain rules an issue written by a command obeys (DESIGN §4): a title of 1-500 characters, {@code closed_at}
 * set exactly when closed, priority 0-4, no negative estimate, an id of bd's shape, real timestamps. History is not
 * held to them: an imported issue that breaks one is stored as it is and reported ({@code ImportWarning}); a command
 * may not introduce a break the issue did not already have.
 */
public final class IssueRules {
    private IssueRules() {}

    /**
     * One broken rule.
     *
     * @param rule a stable key ({@code closed-without-closed-at}), for scripts reading {@code --json}
     * @param message what is wrong, in words
     */
    public record Violation(String rule, String message) {}

    /** Every rule {@code issue} breaks, in a fixed order; empty for an issue a command could have written. */
    public static List<Violation> check(Issue issue) {
        List<Violation> out = new ArrayList<>(0);
        if (!issue.id().hasValidShape()) {
            out.add(new Violation(
                    "id-shape",
                    "the id has characters bd never puts in an id (whitespace or a line break): kept as written"));
        }
        String title = issue.title();
        if (title.isBlank()) {
            out.add(new Violation("title-required", "no title: bd requires a title of 1-500 characters"));
        } else if (title.length() > Issue.MAX_TITLE_LENGTH) {
            out.add(new Violation(
                    "title-too-long",
                    "the title is " + title.length() + " characters long: the limit is " + Issue.MAX_TITLE_LENGTH));
        }
        checkStatus(issue, out);
        if (!issue.priority().inRange()) {
            out.add(new Violation(
                    "priority-range",
                    "priority " + issue.priority().value() + " is outside 0 (highest) to 4 (lowest)"));
        }
        if (issue.estimatedMinutes() != null && issue.estimatedMinutes() < 0) {
            out.add(new Violation(
                    "negative-estimate",
                    "estimated_minutes is " + issue.estimatedMinutes() + ": it must be 0 or more"));
        }
        checkTime(issue.createdAt(), "created_at", out);
        checkTime(issue.updatedAt(), "updated_at", out);
        return out;
    }

    private static void checkStatus(Issue issue, List<Violation> out) {
        Status status = issue.status();
        if (status.equals(Status.CLOSED) && issue.closedAt() == null) {
            out.add(new Violation("closed-without-closed-at", "closed but has no closed_at timestamp"));
        }
        if (!status.equals(Status.CLOSED) && !status.equals(Status.TOMBSTONE) && issue.closedAt() != null) {
            out.add(new Violation(
                    "closed-at-not-closed",
                    "has closed_at but its status is " + status + ": only closed issues have closed_at"));
        }
    }

    private static void checkTime(OffsetDateTime time, String key, List<Violation> out) {
        if (Timestamps.isGoZero(time)) {
            out.add(new Violation("missing-" + key.replace('_', '-'), "no " + key + " timestamp"));
        }
    }

    /** The rules {@code next} breaks that {@code before} (its stored form, or null for a new issue) did not. */
    public static List<Violation> introduced(Issue before, Issue next) {
        List<Violation> broken = check(next);
        if (broken.isEmpty() || before == null) {
            return broken;
        }
        List<String> already = new ArrayList<>();
        for (Violation v : check(before)) {
            already.add(v.rule());
        }
        List<Violation> out = new ArrayList<>();
        for (Violation v : broken) {
            if (!already.contains(v.rule())) {
                out.add(v);
            }
        }
        return out;
    }
}
