package dev.beads.core.model;

import java.util.List;

/**
 * What {@code show} returns: the issue (with its labels, outgoing dependencies and comments) plus the issues it
 * depends on and the issues that depend on it, each with the edge type.
 */
public record IssueDetails(Issue issue, List<Related> dependsOn, List<Related> dependents) {
    public IssueDetails {
        dependsOn = List.copyOf(dependsOn);
        dependents = List.copyOf(dependents);
    }

    /** An issue at the other end of an edge, and the edge's type. */
    public record Related(Issue issue, DependencyType type) {}
}
