package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bd dep tree}'s filters and formats beyond the tree itself (Go bd v0.39.1 cmd/bd/dep.go). */
final class DepTrees {
    private DepTrees() {}

    /**
     * The nodes of {@code status} and their ancestors in the tree ({@code filterTreeByStatus}, dep.go:705); all
     * nodes when {@code status} is null, none when no node has it.
     */
    static List<TreeNode> withStatus(List<TreeNode> nodes, Status status) {
        if (status == null) {
            return nodes;
        }
        Map<IssueId, IssueId> parentOf = new HashMap<>();
        for (TreeNode n : nodes) {
            if (n.parentId() != null && !n.parentId().equals(n.issue().id())) {
                parentOf.put(n.issue().id(), n.parentId());
            }
        }
        Set<IssueId> keep = new HashSet<>();
        for (TreeNode n : nodes) {
            if (n.issue().status().equals(status)) {
                IssueId id = n.issue().id();
                while (id != null && keep.add(id)) {
                    id = parentOf.get(id); // its ancestors up to the root
                }
            }
        }
        List<TreeNode> kept = new ArrayList<>();
        for (TreeNode n : nodes) {
            if (keep.contains(n.issue().id())) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** {@code --format mermaid} (dep.go:504): a flowchart of the nodes, then an edge per node to its parent. */
    static void mermaid(Output out, List<TreeNode> nodes, IssueId root, String format) {
        if (!format.equals("mermaid")) {
            throw new InvalidInputException("unknown format \"" + format + "\": bd dep tree knows --format mermaid");
        }
        out.line("flowchart TD");
        if (nodes.isEmpty()) {
            out.line("  " + root.value() + "[\"No dependencies\"]");
            return;
        }
        Set<IssueId> seen = new HashSet<>();
        for (TreeNode n : nodes) {
            if (seen.add(n.issue().id())) {
                String label = symbol(n.issue().status()) + " " + n.issue().id().value() + ": "
                        + n.issue().title();
                label = label.replace("\\", "\\\\").replace("\"", "\\\"");
                out.line("  " + n.issue().id().value() + "[\"" + label + "\"]");
            }
        }
        out.line();
        for (TreeNode n : nodes) {
            if (n.parentId() != null && !n.parentId().equals(n.issue().id())) {
                out.line("  " + n.parentId().value() + " --> " + n.issue().id().value());
            }
        }
    }

    private static String symbol(Status status) {
        return switch (status.name()) {
            case "open" -> "☐";
            case "in_progress" -> "◧";
            case "blocked" -> "⚠";
            case "deferred" -> "❄";
            case "closed" -> "☑";
            default -> "?";
        };
    }
}
