package dev.beads.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.TreeNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} shapes of Go bd's commands (v0.39, {@code internal/types}): {@code IssueDetails},
 * {@code IssueWithCounts}, {@code BlockedIssue}, {@code TreeNode}, {@code Statistics}, {@code EpicStatus}, …
 * Each method writes one JSON value.
 */
public final class Shapes {
    private Shapes() {}

    /**
     * An array of issue objects as Go bd's {@code GetIssue} loads them: the issue row and its labels, no
     * dependency records and no comments ({@code update}, {@code close}, {@code reopen}, {@code ready}; v0.39.1
     * internal/storage/sqlite/queries.go:377 loads the labels, nothing else).
     */
    public static JsonBody issues(List<Issue> issues) {
        return array(issues, true);
    }

    /**
     * An array of issue rows without labels, edges or comments: what Go bd's own scans of the issues table give
     * ({@code stale}: ready.go:271; a markdown {@code create}).
     */
    public static JsonBody rows(List<Issue> issues) {
        return array(issues, false);
    }

    private static JsonBody array(List<Issue> issues, boolean labels) {
        return g -> {
            g.writeStartArray();
            for (Issue issue : issues) {
                IssueJson.write(g, labels ? withLabelsOnly(issue) : bare(issue));
            }
            g.writeEndArray();
        };
    }

    /**
     * One issue object ({@code create}): the issue Go bd built, before labels and dependencies were added to the
     * store (v0.39.1 cmd/bd/create.go:436), so neither is in it.
     */
    public static JsonBody issue(Issue issue) {
        return g -> IssueJson.write(g, bare(issue));
    }

    /** {@code IssueWithCounts}: an issue plus {@code dependency_count} and {@code dependent_count}. */
    public static void issueWithCounts(JsonGenerator g, Issue issue, int dependencies, int dependents)
            throws IOException {
        g.writeStartObject();
        IssueJson.fields(g, withLabelsOnly(issue));
        g.writeNumberField("dependency_count", dependencies);
        g.writeNumberField("dependent_count", dependents);
        g.writeEndObject();
    }

    /**
     * {@code IssueDetails} ({@code show}): the issue with its labels, {@code dependencies} and {@code dependents}
     * as issue objects carrying {@code dependency_type}, its comments, and {@code parent} when it has one.
     */
    public static void details(JsonGenerator g, IssueDetails details) throws IOException {
        Issue issue = details.issue();
        g.writeStartObject();
        IssueJson.fields(g, bare(issue));
        labels(g, issue.labels());
        related(g, "dependencies", details.dependsOn());
        related(g, "dependents", details.dependents());
        if (!issue.comments().isEmpty()) {
            g.writeArrayFieldStart("comments");
            for (Comment c : issue.comments()) {
                IssueJson.comment(g, c);
            }
            g.writeEndArray();
        }
        for (IssueDetails.Related r : details.dependsOn()) {
            if (r.type().equals(DependencyType.PARENT_CHILD)) {
                g.writeStringField("parent", r.issue().id().value());
                break;
            }
        }
        g.writeEndObject();
    }

    private static void related(JsonGenerator g, String name, List<IssueDetails.Related> related) throws IOException {
        if (related.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (IssueDetails.Related r : related) {
            g.writeStartObject();
            IssueJson.fields(g, bare(r.issue()));
            g.writeStringField("dependency_type", r.type().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void labels(JsonGenerator g, List<String> labels) throws IOException {
        if (!labels.isEmpty()) {
            g.writeArrayFieldStart("labels");
            for (String l : labels) {
                g.writeString(l);
            }
            g.writeEndArray();
        }
    }

    /** The issue with its labels but without dependency records and comments. */
    static Issue withLabelsOnly(Issue issue) {
        if (issue.dependencies().isEmpty() && issue.comments().isEmpty()) {
            return issue;
        }
        return issue.toBuilder().dependencies(List.of()).comments(List.of()).build();
    }

    /** The issue without labels, edges and comments (a nested object, or one whose parts are written apart). */
    static Issue bare(Issue issue) {
        if (issue.labels().isEmpty()
                && issue.dependencies().isEmpty()
                && issue.comments().isEmpty()) {
            return issue;
        }
        return issue.toBuilder()
                .labels(List.of())
                .dependencies(List.of())
                .comments(List.of())
                .build();
    }

    /**
     * {@code BlockedIssue}: the issue row (no labels: v0.39.1 internal/storage/sqlite/ready.go:436 scans its own
     * columns) plus {@code blocked_by_count} and {@code blocked_by} (ids; {@code []}, never null: ready.go:568).
     */
    public static void blocked(JsonGenerator g, BlockedIssue b) throws IOException {
        g.writeStartObject();
        IssueJson.fields(g, bare(b.issue()));
        g.writeNumberField("blocked_by_count", b.blockedBy().size());
        g.writeArrayFieldStart("blocked_by");
        for (IssueId id : b.blockedBy()) {
            g.writeString(id.value());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code TreeNode} (v0.39.1 internal/types/types.go:543): the issue row plus {@code depth}, {@code parent_id}
     * ("" at the root) and {@code truncated}; nothing else (the edge type and direction are in the text view only).
     */
    public static void treeNode(JsonGenerator g, TreeNode n) throws IOException {
        g.writeStartObject();
        IssueJson.fields(g, bare(n.issue()));
        g.writeNumberField("depth", n.depth());
        g.writeStringField("parent_id", n.parentId() == null ? "" : n.parentId().value());
        g.writeBooleanField("truncated", n.truncated());
        g.writeEndObject();
    }

    /**
     * {@code bd stats} / {@code bd status}: Go bd v0.39.1 prints {@code StatusOutput} (cmd/bd/status.go:18,
     * {@code {"summary": Statistics, "recent_activity": …}}), while the daemon's {@code stats} operation and beads'
     * MCP server read {@code Statistics} itself (models.py {@code Stats}: {@code total_issues} at the top). Both
     * are here: the statistics' keys at the top and again under {@code summary} (docs/DECISIONS.md).
     * {@code recent_activity} is left out, as Go leaves it out without git history (status.go:195).
     */
    public static JsonBody status(Statistics s, JsonBody recentActivity) {
        return g -> {
            g.writeStartObject();
            statisticsFields(g, s);
            g.writeFieldName("summary");
            g.writeStartObject();
            statisticsFields(g, s);
            g.writeEndObject();
            if (recentActivity != null) {
                g.writeFieldName("recent_activity");
                recentActivity.write(g);
            }
            g.writeEndObject();
        };
    }

    /** {@code Statistics} (v0.39.1 internal/types/types.go:550), every key in Go's order. */
    public static JsonBody statistics(Statistics s) {
        return g -> {
            g.writeStartObject();
            statisticsFields(g, s);
            g.writeEndObject();
        };
    }

    private static void statisticsFields(JsonGenerator g, Statistics s) throws IOException {
        g.writeNumberField("total_issues", s.total());
        g.writeNumberField("open_issues", s.open());
        g.writeNumberField("in_progress_issues", s.inProgress());
        g.writeNumberField("closed_issues", s.closed());
        g.writeNumberField("blocked_issues", s.blocked());
        g.writeNumberField("deferred_issues", s.deferred());
        g.writeNumberField("ready_issues", s.ready());
        g.writeNumberField("tombstone_issues", s.tombstones());
        g.writeNumberField("pinned_issues", s.pinned());
        g.writeNumberField("epics_eligible_for_closure", s.epicsEligibleForClosure());
        g.writeFieldName("average_lead_time_hours");
        goFloat(g, s.averageLeadTimeHours());
    }

    /**
     * A float64 as Go's encoding/json writes it: the shortest decimal that reads back, without a fraction when
     * there is none ({@code 0}, {@code 12.5}), in plain notation from 1e-6 to 1e21.
     */
    public static void goFloat(JsonGenerator g, double value) throws IOException {
        double abs = Math.abs(value);
        if (value == Math.rint(value) && abs < 1e21) {
            g.writeNumber((long) value);
        } else if (abs >= 1e-6 && abs < 1e21) {
            g.writeNumber(new java.math.BigDecimal(Double.toString(value))
                    .stripTrailingZeros()
                    .toPlainString());
        } else {
            g.writeNumber(value);
        }
    }

    /** {@code EpicStatus}: {@code epic}, {@code total_children}, {@code closed_children}, {@code eligible_for_close}. */
    public static void epicStatus(JsonGenerator g, EpicStatus e) throws IOException {
        g.writeStartObject();
        g.writeFieldName("epic");
        IssueJson.write(g, bare(e.epic()));
        g.writeNumberField("total_children", e.totalChildren());
        g.writeNumberField("closed_children", e.closedChildren());
        g.writeBooleanField("eligible_for_close", e.eligibleForClose());
        g.writeEndObject();
    }

    /** Label counts ({@code label list-all}): {@code [{"label": "x", "count": 3}]}. */
    public static JsonBody labelCounts(List<LabelCount> counts) {
        return g -> {
            g.writeStartArray();
            for (LabelCount c : counts) {
                g.writeStartObject();
                g.writeStringField("label", c.label());
                g.writeNumberField("count", c.count());
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }

    /** A JSON array of strings. */
    public static JsonBody strings(List<String> values) {
        return g -> {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        };
    }

    /** An insertion-ordered map from alternating keys and values, for {@link #object}. */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * A map from alternating keys and values in sorted key order: what Go's encoding/json writes for a Go
     * {@code map[string]interface{}}, which Go bd prints for most results that are not a struct.
     */
    public static Map<String, Object> sorted(Object... keysAndValues) {
        Map<String, Object> map = new java.util.TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A flat object of scalar values, in the map's order. */
    public static JsonBody object(Map<String, ?> fields) {
        return g -> {
            g.writeStartObject();
            for (Map.Entry<String, ?> f : fields.entrySet()) {
                scalar(g, f.getKey(), f.getValue());
            }
            g.writeEndObject();
        };
    }

    /** One field of a flat object: strings, numbers, booleans, string lists, null. */
    public static void scalar(JsonGenerator g, String name, Object value) throws IOException {
        // instanceof, not a pattern switch: its bootstrap would be linked at start-up for nothing.
        if (value == null) {
            g.writeNullField(name);
        } else if (value instanceof String s) {
            g.writeStringField(name, s);
        } else if (value instanceof Integer i) {
            g.writeNumberField(name, i);
        } else if (value instanceof Long l) {
            g.writeNumberField(name, l);
        } else if (value instanceof Double d) {
            g.writeNumberField(name, d);
        } else if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else if (value instanceof List<?> list) {
            g.writeArrayFieldStart(name);
            for (Object o : list) {
                g.writeString(String.valueOf(o));
            }
            g.writeEndArray();
        } else {
            g.writeStringField(name, value.toString());
        }
    }
}
