package dev.beads.cli.output;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Text for people, in the style of Go bd's output. */
public final class IssueText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Style style;

    public IssueText(Style style) {
        this.style = style;
    }

    public static String when(OffsetDateTime time) {
        return WHEN.format(time);
    }

    /** {@code bd-a1b2 [P1] [bug] open @alice [backend ui] - Title}, Go bd's compact list line. */
    public String compactLine(Issue i) {
        StringBuilder line = new StringBuilder()
                .append(style.cyan(i.id().value()))
                .append(" [")
                .append(i.priority())
                .append("] [")
                .append(i.issueType().name())
                .append("] ")
                .append(i.status().name());
        if (!i.assignee().isEmpty()) {
            line.append(" @").append(i.assignee());
        }
        if (!i.labels().isEmpty()) {
            line.append(" [").append(String.join(" ", i.labels())).append(']');
        }
        return line.append(" - ").append(i.title()).toString();
    }

    /** The multi-line form of {@code list --long}. */
    public List<String> longEntry(Issue i) {
        List<String> lines = new ArrayList<>();
        lines.add(style.cyan(i.id().value()) + " [" + i.priority() + "] ["
                + i.issueType().name() + "] " + i.status().name());
        lines.add("  " + i.title());
        if (!i.assignee().isEmpty()) {
            lines.add("  Assignee: " + i.assignee());
        }
        if (!i.labels().isEmpty()) {
            lines.add("  Labels: " + String.join(", ", i.labels()));
        }
        lines.add("");
        return lines;
    }

    /** {@code bd-a1b2: Title [P1] (open)}, as dependency lines show an issue. */
    public String reference(Issue i) {
        return style.cyan(i.id().value()) + ": " + i.title() + " [" + i.priority() + "] ("
                + i.status().name() + ")";
    }

    /** The text of {@code bd show}: fields, then text sections, labels, dependencies, dependents, comments. */
    public List<String> show(IssueDetails details) {
        Issue i = details.issue();
        List<String> lines = new ArrayList<>();
        lines.add(style.bold(style.cyan(i.id().value()) + ": " + i.title()));
        lines.add("Status: " + i.status().name());
        lines.add("Priority: " + i.priority());
        lines.add("Type: " + i.issueType().name());
        if (!i.assignee().isEmpty()) {
            lines.add("Assignee: " + i.assignee());
        }
        if (i.estimatedMinutes() != null) {
            lines.add("Estimated: " + i.estimatedMinutes() + " minutes");
        }
        lines.add("Created: " + when(i.createdAt()) + (i.createdBy().isEmpty() ? "" : " by " + i.createdBy()));
        lines.add("Updated: " + when(i.updatedAt()));
        if (i.closedAt() != null) {
            lines.add(
                    "Closed: " + when(i.closedAt()) + (i.closeReason().isEmpty() ? "" : " (" + i.closeReason() + ")"));
        }
        if (i.deletedAt() != null) {
            lines.add("Deleted: " + when(i.deletedAt()) + (i.deletedBy().isEmpty() ? "" : " by " + i.deletedBy()));
        }
        if (!i.externalRef().isEmpty()) {
            lines.add("External ref: " + i.externalRef());
        }
        section(lines, "Description", i.description());
        section(lines, "Design", i.design());
        section(lines, "Acceptance Criteria", i.acceptanceCriteria());
        section(lines, "Notes", i.notes());
        if (!i.labels().isEmpty()) {
            lines.add("");
            lines.add("Labels: " + String.join(", ", i.labels()));
        }
        related(lines, "Dependencies", "→", details.dependsOn());
        related(lines, "Dependents", "←", details.dependents());
        comments(lines, i.comments());
        return lines;
    }

    private void section(List<String> lines, String title, String text) {
        if (!text.isEmpty()) {
            lines.add("");
            lines.add(style.bold(title + ":"));
            lines.add(text);
        }
    }

    private void related(List<String> lines, String title, String arrow, List<IssueDetails.Related> related) {
        if (related.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(style.bold(title + " (" + related.size() + "):"));
        for (IssueDetails.Related r : related) {
            lines.add("  " + arrow + " " + reference(r.issue()) + " "
                    + style.muted(r.type().name()));
        }
    }

    private void comments(List<String> lines, List<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(style.bold("Comments (" + comments.size() + "):"));
        for (Comment c : comments) {
            lines.addAll(comment(c));
        }
    }

    /** {@code [alice at 2025-01-02 10:00]} then the text, indented. */
    public List<String> comment(Comment c) {
        List<String> lines = new ArrayList<>();
        lines.add("  "
                + style.muted(
                        "[" + (c.author().isEmpty() ? "unknown" : c.author()) + " at " + when(c.createdAt()) + "]"));
        for (String line : c.text().split("\n", -1)) {
            lines.add("  " + line);
        }
        return lines;
    }
}
