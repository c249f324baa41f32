package dev.beads.core.api;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.List;

/**
 * The tombstone left by a delete, the issues whose edges to it were removed, and the connected issues whose text
 * named it and now says {@code [deleted:<id>]} instead (Go bd's {@code references_updated}).
 */
public record DeleteResult(Issue tombstone, List<IssueId> unlinked, List<IssueId> referencesUpdated) {
    public DeleteResult {
        unlinked = List.copyOf(unlinked);
        referencesUpdated = List.copyOf(referencesUpdated);
    }
}
