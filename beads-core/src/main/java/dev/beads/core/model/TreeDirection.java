package dev.beads.core.model;

/** Which way a dependency tree grows from its root. */
public enum TreeDirection {
    /** What the root depends on (its blockers, its parent, …). */
    DOWN,
    /** What depends on the root (its dependents, its children, …). */
    UP,
    /** Both. */
    BOTH
}
