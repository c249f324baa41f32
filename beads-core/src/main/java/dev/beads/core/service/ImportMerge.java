package dev.beads.core.service;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Merges an issue read from JSONL into the stored one (DESIGN §4): scalar fields last-write-wins by
 * {@code updated_at} (compared as instants; a tie keeps the stored issue), labels and dependencies united, comments
 * deduplicated by (author, text) as Go bd does.
 */
final class ImportMerge {
    private ImportMerge() {}

    /** The merged issue; {@code equals(stored)} when the file brings nothing new. */
    static Issue merge(Issue stored, Issue incoming) {
        boolean incomingWins =
                incoming.updatedAt().toInstant().isAfter(stored.updatedAt().toInstant());
        Issue base = incomingWins ? incoming : stored;
        TreeSet<String> labels = new TreeSet<>(stored.labels());
        labels.addAll(incoming.labels());
        return base.toBuilder()
                .labels(List.copyOf(labels))
                .dependencies(dependencies(stored, incoming))
                .comments(comments(stored, incoming))
                .build();
    }

    /** Stored edges in their order, then the file's edges that are not among them (by from, to and type). */
    static List<Dependency> dependencies(Issue stored, Issue incoming) {
        List<Dependency> merged = new ArrayList<>(stored.dependencies());
        for (Dependency edge : incoming.dependencies()) {
            if (merged.stream().noneMatch(edge::sameEdge)) {
                merged.add(edge);
            }
        }
        return merged;
    }

    /**
     * Stored comments, then the file's comments whose (author, text) is new. Those get id 0 so that the store
     * numbers them: their ids came from another database and may be taken here.
     */
    static List<Comment> comments(Issue stored, Issue incoming) {
        List<Comment> merged = new ArrayList<>(stored.comments());
        for (Comment comment : incoming.comments()) {
            if (merged.stream().noneMatch(comment::sameContent)) {
                merged.add(comment.withId(0));
            }
        }
        return merged;
    }
}
