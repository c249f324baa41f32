package dev.beads.core.api;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;

/**
 * The mutating use cases. Each call is one transaction: it validates, writes the change with its audit event and
 * dirty flag, commits, then publishes a change event. Ids in requests are full ids (resolve partial ones with
 * {@link IssueQueries#resolve}). Thread-safe.
 *
 * <p>Errors: {@link dev.beads.core.error.NotFoundException} for an unknown id,
 * {@link dev.beads.core.error.InvalidInputException} for bad input, {@link dev.beads.core.error.ConflictException}
 * for a cycle or a duplicate id, {@link dev.beads.core.error.BackendException} when storage fails.
 */
public interface IssueCommands {

    /** Creates an issue with a hash id (or the explicit / child id requested) and returns it as stored. */
    Issue create(CreateIssue request);

    /** Changes the fields given and returns the issue as stored. A request that changes nothing returns it as is. */
    Issue update(UpdateIssue request);

    /** Closes an issue (status closed, closed_at now, close_reason). Closing a closed issue is not an error. */
    CloseResult close(CloseIssue request);

    /** Reopens a closed issue. Reopening an issue that is not closed is an InvalidInputException. */
    Issue reopen(ReopenIssue request);

    /** Turns an issue into a tombstone and unlinks edges that point at it. */
    DeleteResult delete(DeleteIssue request);

    /**
     * Adds an edge. Both issues must exist; an edge that already exists is returned unchanged; an edge that closes a
     * cycle (over every type but {@code related}) is a ConflictException naming the cycle path.
     */
    Dependency addDependency(AddDependency request);

    /** Removes the edge; NotFoundException when there is none. */
    Dependency removeDependency(RemoveDependency request);

    /** Adds a label; returns false when the issue had it already. */
    boolean addLabel(AddLabel request);

    /** Removes a label; returns false when the issue did not have it. */
    boolean removeLabel(RemoveLabel request);

    /** Appends a comment and returns it with its id. */
    Comment addComment(AddComment request);
}
