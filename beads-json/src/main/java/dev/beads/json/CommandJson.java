package dev.beads.json;

import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.TreeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole {@code --json} documents of Go bd v0.39.1's commands, built from {@link Shapes}: what {@code bd <command>
 * --json} prints and what the daemon answers as {@code data} in Go bd's wire format, written in one place so that
 * the two cannot drift apart.
 */
public final class CommandJson {
    private CommandJson() {}

    /**
     * One issue as Go bd's {@code GetIssue} loads it: the row and its labels ({@code update}, {@code close}; each
     * element of the array those commands print).
     */
    public static JsonBody issue(Issue issue) {
        return g -> IssueJson.write(g, Shapes.withLabelsOnly(issue));
    }

    /** {@code list}: {@code IssueWithCounts} objects (v0.39.1 internal/rpc/server_issues_epics.go:938). */
    public static JsonBody list(List<Issue> issues, Map<IssueId, Integer> dependents) {
        return g -> {
            g.writeStartArray();
            for (Issue i : issues) {
                Integer n = dependents.get(i.id());
                Shapes.issueWithCounts(g, i, i.dependencies().size(), n == null ? 0 : n);
            }
            g.writeEndArray();
        };
    }

    /** How many issues of {@code all} depend on each issue ({@code IssueWithCounts.dependent_count}). */
    public static Map<IssueId, Integer> dependentCounts(List<Issue> all) {
        Map<IssueId, Integer> counts = new HashMap<>();
        for (Issue issue : all) {
            for (Dependency d : issue.dependencies()) {
                counts.merge(d.dependsOnId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** {@code blocked}: {@code BlockedIssue} objects. */
    public static JsonBody blocked(List<BlockedIssue> blocked) {
        return g -> {
            g.writeStartArray();
            for (BlockedIssue b : blocked) {
                Shapes.blocked(g, b);
            }
            g.writeEndArray();
        };
    }

    /** {@code dep tree}: {@code TreeNode} objects, root first. */
    public static JsonBody tree(List<TreeNode> nodes) {
        return g -> {
            g.writeStartArray();
            for (TreeNode n : nodes) {
                Shapes.treeNode(g, n);
            }
            g.writeEndArray();
        };
    }

    /** {@code comments}: comment objects, oldest first. */
    public static JsonBody comments(List<Comment> comments) {
        return g -> {
            g.writeStartArray();
            for (Comment c : comments) {
                IssueJson.comment(g, c);
            }
            g.writeEndArray();
        };
    }

    /** {@code comments add}: the comment. */
    public static JsonBody comment(Comment comment) {
        return g -> IssueJson.comment(g, comment);
    }

    /**
     * {@code epic status}: {@code EpicStatus} objects; {@code null} when there is no open epic, as Go encodes the
     * store's nil slice (v0.39.1 cmd/bd/epic.go:55), {@code []} with {@code eligibleOnly}.
     */
    public static JsonBody epics(List<EpicStatus> epics, boolean eligibleOnly) {
        if (epics.isEmpty() && !eligibleOnly) {
            return g -> g.writeNull();
        }
        return g -> {
            g.writeStartArray();
            for (EpicStatus e : epics) {
                Shapes.epicStatus(g, e);
            }
            g.writeEndArray();
        };
    }

    /** {@code count}: {@code {"count": n}}, or {@code {"total", "groups": [{"group", "count"}]}} when grouped. */
    public static JsonBody count(CountResult result, CountGroup group) {
        return g -> {
            g.writeStartObject();
            if (group == null) {
                g.writeNumberField("count", result.total());
            } else {
                g.writeNumberField("total", result.total());
                g.writeArrayFieldStart("groups");
                for (Map.Entry<String, Integer> e : result.groups().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("group", groupName(group, e.getKey()));
                    g.writeNumberField("count", e.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        };
    }

    /** Go bd v0.39.1 cmd/bd/count.go:374, 387: the group of issues without an assignee or without labels. */
    public static String groupName(CountGroup group, String key) {
        if (!key.equals("(none)")) {
            return key;
        }
        return group == CountGroup.LABEL ? "(no labels)" : "(unassigned)";
    }

    /**
     * One issue's entry of {@code label add|remove} (v0.39.1 cmd/bd/label.go:38): the operation, also when nothing
     * changed; a map, so sorted keys.
     */
    public static JsonBody labelChange(String verb, IssueId id, String label) {
        return Shapes.object(Shapes.sorted("status", verb, "issue_id", id.value(), "label", label));
    }

    /** {@code label add|remove} over several issues: one {@link #labelChange} each. */
    public static JsonBody labelChanges(String verb, List<IssueId> ids, String label) {
        return g -> {
            g.writeStartArray();
            for (IssueId id : ids) {
                labelChange(verb, id, label).write(g);
            }
            g.writeEndArray();
        };
    }

    /** {@code dep add} (v0.39.1 cmd/bd/dep.go:210): a map, so its keys come sorted. */
    public static JsonBody dependencyAdded(Dependency d) {
        return Shapes.object(Shapes.sorted(
                "status", "added",
                "issue_id", d.issueId().value(),
                "depends_on_id", d.dependsOnId().value(),
                "type", d.type().name()));
    }

    /** {@code dep remove}: a map, so its keys come sorted. */
    public static JsonBody dependencyRemoved(Dependency d) {
        return Shapes.object(Shapes.sorted(
                "status", "removed",
                "issue_id", d.issueId().value(),
                "depends_on_id", d.dependsOnId().value()));
    }

    /** {@code import} (ours: Go v0.39.1 prints its statistics as text): counts, changed ids, warnings. */
    public static JsonBody imported(ImportResult r) {
        List<String> changed = new ArrayList<>();
        for (IssueId id : r.changedIds()) {
            changed.add(id.value());
        }
        Map<String, Object> counts = Shapes.ordered(
                "created", r.created(),
                "updated", r.updated(),
                "unchanged", r.unchanged(),
                "dry_run", r.dryRun(),
                "changed_ids", changed);
        return g -> {
            g.writeStartObject();
            for (Map.Entry<String, Object> field : counts.entrySet()) {
                Shapes.scalar(g, field.getKey(), field.getValue());
            }
            g.writeArrayFieldStart("warnings");
            for (ImportWarning w : r.warnings()) {
                Shapes.object(Shapes.ordered("line", w.line(), "id", w.id(), "rule", w.rule(), "message", w.message()))
                        .write(g);
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }
}
