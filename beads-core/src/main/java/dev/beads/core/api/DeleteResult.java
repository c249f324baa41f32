package dev.beads.core.api;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.List;

/**
 * The tombstone left by a delete, and the issues whose edges to it were removed.
 */
public record DeleteResult(Issue tombstone, List<IssueId> unlinked) {
    public DeleteResult {
        unlinked = List.copyOf(unlinked);
    }
}
