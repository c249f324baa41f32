package dev.beads.core.model;

/**
 * One line of a dependency tree, in depth-first order.
 *
 * @param parentId the node this one hangs under, null for the root
 * @param type the edge type from the parent node, null for the root
 * @param truncated true when the depth limit stopped the walk below this node
 * @param direction the direction this node was reached in ({@link TreeDirection#DOWN} for the root)
 */
public record TreeNode(
        Issue issue, int depth, IssueId parentId, DependencyType type, boolean truncated, TreeDirection direction) {}
