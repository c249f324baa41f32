package dev.beads.core.model;

/** Progress of an epic over its children (parent-child dependents). */
public record EpicStatus(Issue epic, int totalChildren, int closedChildren, boolean eligibleForClose) {}
