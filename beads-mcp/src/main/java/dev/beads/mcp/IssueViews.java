package dev.beads.mcp;

import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issues as beads-mcp v0.39.1 returns them (its {@code models.py}): {@code Issue} with linked dependencies and
 * dependents, {@code IssueMinimal} for lists, {@code BriefIssue}, {@code OperationResult}, {@code Stats},
 * {@code BlockedIssue}, {@code CompactedResult}. Built as maps, the structured content of a tool result.
 */
final class IssueViews {
    /** The fields {@code fields=[...]} may name (beads-mcp's {@code VALID_ISSUE_FIELDS}). */
    static final Set<String> ISSUE_FIELDS = Set.of(
            "id",
            "title",
            "description",
            "design",
            "acceptance_criteria",
            "notes",
            "external_ref",
            "status",
            "priority",
            "issue_type",
            "created_at",
            "updated_at",
            "closed_at",
            "assignee",
            "labels",
            "dependency_count",
            "dependent_count",
            "dependencies",
            "dependents");

    private IssueViews() {}

    /** The full issue with its linked issues ({@code Issue}). */
    static Map<String, Object> full(IssueDetails details) {
        Map<String, Object> view = base(
                details.issue(),
                details.dependsOn().size(),
                details.dependents().size());
        view.put("dependencies", linked(details.dependsOn()));
        view.put("dependents", linked(details.dependents()));
        return view;
    }

    /** {@code IssueBase}: the issue's own fields and its edge counts. */
    static Map<String, Object> base(Issue issue, int dependencyCount, int dependentCount) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", issue.id().value());
        view.put("title", issue.title());
        view.put("description", issue.description());
        view.put("design", blankToNull(issue.design()));
        view.put("acceptance_criteria", blankToNull(issue.acceptanceCriteria()));
        view.put("notes", blankToNull(issue.notes()));
        view.put("external_ref", blankToNull(issue.externalRef()));
        view.put("status", issue.status().name());
        view.put("priority", issue.priority().value());
        view.put("issue_type", issue.issueType().name());
        view.put("created_at", time(issue.createdAt()));
        view.put("updated_at", time(issue.updatedAt()));
        view.put("closed_at", time(issue.closedAt()));
        view.put("assignee", blankToNull(issue.assignee()));
        view.put("labels", new ArrayList<>(issue.labels()));
        view.put("dependency_count", dependencyCount);
        view.put("dependent_count", dependentCount);
        return view;
    }

    /** {@code IssueMinimal}: what list views carry. */
    static Map<String, Object> minimal(IssueDetails details) {
        Issue issue = details.issue();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", issue.id().value());
        view.put("title", issue.title());
        view.put("status", issue.status().name());
        view.put("priority", issue.priority().value());
        view.put("issue_type", issue.issueType().name());
        view.put("assignee", blankToNull(issue.assignee()));
        view.put("labels", new ArrayList<>(issue.labels()));
        view.put("dependency_count", details.dependsOn().size());
        view.put("dependent_count", details.dependents().size());
        return view;
    }

    /** {@code BriefIssue}: id, title, status, priority. */
    static Map<String, Object> brief(Issue issue) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", issue.id().value());
        view.put("title", issue.title());
        view.put("status", issue.status().name());
        view.put("priority", issue.priority().value());
        return view;
    }

    /** The full issue's dependencies and dependents as {@code BriefDep}s. */
    static Map<String, Object> withBriefDeps(IssueDetails details) {
        Map<String, Object> view = full(details);
        view.put("dependencies", briefDeps(details.dependsOn()));
        view.put("dependents", briefDeps(details.dependents()));
        return view;
    }

    /** Only the fields asked for; an unknown field is bad input naming the valid ones. */
    static Map<String, Object> project(IssueDetails details, List<String> fields) {
        TreeSet<String> invalid = new TreeSet<>(fields);
        invalid.removeAll(ISSUE_FIELDS);
        if (!invalid.isEmpty()) {
            throw new dev.beads.core.error.InvalidInputException(
                    "invalid field(s): " + invalid + "; valid fields: " + new TreeSet<>(ISSUE_FIELDS));
        }
        Map<String, Object> full = full(details);
        Map<String, Object> view = new LinkedHashMap<>();
        for (String field : fields) {
            view.put(field, full.get(field));
        }
        return view;
    }

    /** {@code BlockedIssue}: the issue, its linked issues and what blocks it. */
    static Map<String, Object> blocked(BlockedIssue blocked, IssueDetails details) {
        Map<String, Object> view = full(details);
        List<String> by = ids(blocked.blockedBy());
        view.put("blocked_by_count", by.size());
        view.put("blocked_by", by);
        return view;
    }

    /** {@code OperationResult}: what a write did, without the issue. */
    static Map<String, Object> operation(String id, String action, String message) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("action", action);
        view.put("message", message);
        return view;
    }

    /** {@code Stats}. */
    static Map<String, Object> stats(Statistics stats) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total_issues", stats.total());
        view.put("open_issues", stats.open());
        view.put("in_progress_issues", stats.inProgress());
        view.put("closed_issues", stats.closed());
        view.put("blocked_issues", stats.blocked());
        view.put("ready_issues", stats.ready());
        view.put("average_lead_time_hours", stats.averageLeadTimeHours());
        return view;
    }

    /** The description cut to {@code max} characters and "..." (beads-mcp's {@code max_description_length}). */
    static IssueDetails truncated(IssueDetails details, Integer max) {
        Issue issue = details.issue();
        if (max == null || issue.description().length() <= max) {
            return details;
        }
        Issue cut = issue.toBuilder()
                .description(issue.description().substring(0, max) + "...")
                .build();
        return new IssueDetails(cut, details.dependsOn(), details.dependents());
    }

    /** One line an agent can read: {@code bd-a1b2 [P1] [bug] open - Title}. */
    static String line(Issue issue) {
        return issue.id().value() + " [P" + issue.priority().value() + "] ["
                + issue.issueType().name() + "] " + issue.status().name() + " - " + issue.title();
    }

    private static List<Map<String, Object>> linked(List<IssueDetails.Related> related) {
        List<Map<String, Object>> out = new ArrayList<>(related.size());
        for (IssueDetails.Related r : related) {
            Map<String, Object> view = base(r.issue(), r.issue().dependencies().size(), 0);
            view.remove("dependent_count");
            view.put("dependency_type", r.type().name());
            out.add(view);
        }
        return out;
    }

    private static List<Map<String, Object>> briefDeps(List<IssueDetails.Related> related) {
        List<Map<String, Object>> out = new ArrayList<>(related.size());
        for (IssueDetails.Related r : related) {
            Map<String, Object> view = brief(r.issue());
            view.put("dependency_type", r.type().name());
            out.add(view);
        }
        return out;
    }

    static List<String> ids(List<IssueId> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (IssueId id : ids) {
            out.add(id.value());
        }
        return out;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : Timestamps.format(time);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
