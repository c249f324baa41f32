package dev.beads.core.model;

import java.util.List;

/**
 * An open issue that cannot be worked on, with the ids of the issues that block it directly (its own
 * {@code blocks} edges to open issues) or through an ancestor.
 */
public record BlockedIssue(Issue issue, List<IssueId> blockedBy) {
    public BlockedIssue {
        blockedBy = List.copyOf(blockedBy);
    }
}
