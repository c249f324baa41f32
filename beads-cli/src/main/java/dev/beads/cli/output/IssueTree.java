package dev.beads.cli.output;

import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bd list --tree}: children under their parents, as newer Go bd draws it (v0.49.6 cmd/bd/list.go,
 * buildIssueTreeWithDeps and printPrettyTree). A child is an issue with a parent-child dependency on a listed issue,
 * or any dependency on a listed epic, or else an id {@code <parent>.<n>} of a listed parent. Roots and children go
 * by priority, then id; the lines end with Go's totals and legend.
 */
public final class IssueTree {
    private static final Comparator<Issue> ORDER =
            Comparator.comparing(Issue::priority).thenComparing(i -> i.id().value());

    private final Style style;

    public IssueTree(Style style) {
        this.style = style;
    }

    /** The tree of {@code issues} and the summary under it. */
    public List<String> lines(List<Issue> issues) {
        Map<IssueId, Issue> listed = new LinkedHashMap<>();
        for (Issue i : issues) {
            listed.put(i.id(), i);
        }
        Map<IssueId, List<Issue>> children = children(listed);
        Set<IssueId> isChild = new HashSet<>();
        for (List<Issue> kids : children.values()) {
            for (Issue kid : kids) {
                isChild.add(kid.id());
            }
        }
        List<Issue> roots = new ArrayList<>();
        for (Issue i : issues) {
            if (!isChild.contains(i.id())) {
                roots.add(i);
            }
        }
        roots.sort(ORDER);
        List<String> lines = new ArrayList<>();
        Set<IssueId> drawn = new HashSet<>();
        for (Issue root : roots) {
            lines.add(line(root));
            drawn.add(root.id());
            branch(lines, children, root.id(), "", drawn);
        }
        summary(lines, issues);
        return lines;
    }

    private static Map<IssueId, List<Issue>> children(Map<IssueId, Issue> listed) {
        Map<IssueId, List<Issue>> children = new HashMap<>();
        Set<IssueId> placed = new HashSet<>();
        for (Issue child : listed.values()) {
            for (Dependency d : child.dependencies()) {
                Issue parent = listed.get(d.dependsOnId());
                if (parent == null || d.dependsOnId().equals(child.id())) {
                    continue;
                }
                if (d.type().equals(DependencyType.PARENT_CHILD)
                        || parent.issueType().equals(IssueType.EPIC)) {
                    List<Issue> kids = children.computeIfAbsent(parent.id(), k -> new ArrayList<>());
                    if (!kids.contains(child)) {
                        kids.add(child);
                    }
                    placed.add(child.id());
                }
            }
        }
        for (Issue child : listed.values()) {
            String id = child.id().value();
            int dot = id.lastIndexOf('.');
            if (placed.contains(child.id()) || dot <= 0) {
                continue;
            }
            Issue parent = listed.get(new IssueId(id.substring(0, dot)));
            if (parent != null) {
                children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(child);
            }
        }
        for (List<Issue> kids : children.values()) {
            kids.sort(ORDER);
        }
        return children;
    }

    /** The children of {@code parent}, each once (a child of two parents is drawn under the first). */
    private void branch(
            List<String> lines, Map<IssueId, List<Issue>> children, IssueId parent, String prefix, Set<IssueId> drawn) {
        List<Issue> kids = new ArrayList<>();
        for (Issue kid : children.getOrDefault(parent, List.of())) {
            if (drawn.add(kid.id())) {
                kids.add(kid);
            }
        }
        for (int n = 0; n < kids.size(); n++) {
            boolean last = n == kids.size() - 1;
            Issue kid = kids.get(n);
            lines.add(prefix + (last ? "└── " : "├── ") + line(kid));
            branch(lines, children, kid.id(), prefix + (last ? "    " : "│   "), drawn);
        }
    }

    /** {@code ○ bd-a1b2 ● P1 [bug] Title}: Go's formatPrettyIssue; a closed issue is muted whole. */
    private String line(Issue i) {
        String priority = "● " + i.priority();
        if (i.status().equals(Status.CLOSED)) {
            return icon(i.status()) + " "
                    + style.muted(i.id().value() + " " + priority + " "
                            + i.issueType().name() + " " + i.title());
        }
        String badge = i.issueType().equals(IssueType.EPIC) || i.issueType().equals(IssueType.BUG)
                ? "[" + i.issueType().name() + "] "
                : "";
        String paintedPriority = i.priority().value() <= 1 ? style.red(priority) : priority;
        return icon(i.status()) + " " + style.cyan(i.id().value()) + " " + paintedPriority + " " + badge + i.title();
    }

    private String icon(Status status) {
        return switch (status.name()) {
            case "open" -> "○";
            case "in_progress" -> style.yellow("◐");
            case "blocked" -> style.red("●");
            case "closed" -> style.green("✓");
            case "deferred" -> style.muted("❄");
            case "pinned" -> "📌";
            default -> "?";
        };
    }

    private static void summary(List<String> lines, List<Issue> issues) {
        int open = 0;
        int inProgress = 0;
        for (Issue i : issues) {
            open += i.status().equals(Status.OPEN) ? 1 : 0;
            inProgress += i.status().equals(Status.IN_PROGRESS) ? 1 : 0;
        }
        lines.add("");
        lines.add("-".repeat(80));
        lines.add("Total: " + issues.size() + " issues (" + open + " open, " + inProgress + " in progress)");
        lines.add("");
        lines.add("Status: ○ open  ◐ in_progress  ● blocked  ✓ closed  ❄ deferred");
    }
}
