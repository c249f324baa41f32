package dev.beads.core.api;

import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.core.model.WorkFilter;
import java.util.List;

/** The read-only use cases. Tombstones never appear unless a filter asks for them. Thread-safe. */
public interface IssueQueries {

    /**
     * Resolves a full or partial id: an exact id, the part after the prefix ({@code a3f8} → {@code bd-a3f8}), or a
     * unique fragment of one. NotFoundException when nothing matches, AmbiguousIdException listing the matches.
     */
    IssueId resolve(String partialId);

    /** The issue with labels, dependencies (and the issues at their ends), dependents and comments. */
    IssueDetails show(IssueId id);

    List<Issue> list(IssueFilter filter);

    /** Issues whose id, title, description or notes contain {@code query} (case-insensitive), plus the filter. */
    List<Issue> search(String query, IssueFilter filter);

    /** Ready work: open or in progress and not blocked (beads ready semantics), sorted and limited. */
    List<Issue> ready(WorkFilter filter);

    /** Blocked issues with the ids that block them. */
    List<BlockedIssue> blocked(WorkFilter filter);

    Statistics stats();

    /**
     * Issues not updated for {@code days} days, oldest update first.
     *
     * @param status only this status, or null for open, in_progress and blocked
     * @param limit 0 for no limit
     */
    List<Issue> stale(int days, Status status, int limit);

    /** Counts issues matching the filter, grouped when {@code group} is not null. */
    CountResult count(IssueFilter filter, CountGroup group);

    /** The tree from {@code root}, depth-first, at most {@code maxDepth} levels below the root. */
    List<TreeNode> dependencyTree(IssueId root, TreeDirection direction, int maxDepth);

    /** Every dependency cycle, each as the ids along it (first id not repeated at the end). */
    List<List<IssueId>> dependencyCycles();

    /** Labels of one issue, sorted. */
    List<String> labels(IssueId id);

    /** Every label in use, with counts. */
    List<LabelCount> allLabels();

    /** Comments of one issue, oldest first. */
    List<Comment> comments(IssueId id);

    /** Progress of open epics; only those whose children are all closed when {@code eligibleOnly}. */
    List<EpicStatus> epicStatus(boolean eligibleOnly);
}
