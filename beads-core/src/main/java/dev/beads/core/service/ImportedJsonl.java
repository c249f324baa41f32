package dev.beads.core.service;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.JsonlCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the workspace JSONL just imported compares with the database: which dirty issues it holds exactly as stored
 * (their flags can go), and whether it is what an export would write, dirty issues aside (then a flush may patch in
 * just those).
 */
final class ImportedJsonl {
    private final IssueRepository repository;
    private final JsonlCodec codec;

    ImportedJsonl(IssueRepository repository, JsonlCodec codec) {
        this.repository = repository;
        this.codec = codec;
    }

    /**
     * Dirty ids whose stored form is exactly their line in the file: exporting them again would rewrite the same
     * bytes. When the lines cannot be matched to the issues, nothing is cleared.
     */
    List<IssueId> heldAsStored(List<Issue> incoming, List<String> lines) {
        if (lines.size() != incoming.size()) {
            return List.of();
        }
        Map<IssueId, String> lineOf = new HashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            lineOf.put(incoming.get(i).id(), lines.get(i));
        }
        List<IssueId> dirtyInFile =
                repository.dirtyIds().stream().filter(lineOf::containsKey).toList();
        List<IssueId> clean = new ArrayList<>();
        for (Issue stored : repository.findAll(dirtyInFile)) {
            if (codec.toLine(stored).equals(lineOf.get(stored.id()))) {
                clean.add(stored.id());
            }
        }
        return clean;
    }

    /**
     * Whether every issue that is not dirty (after {@link #heldAsStored} flags were cleared) is in the file once,
     * exactly as stored, on the line an export writes for it. Not so when the file lost an issue, holds an older
     * version of one the import kept, has an id twice, or a line in another form (key order, spacing).
     */
    boolean isComplete(List<Issue> incoming, List<String> lines, ImportPlan plan) {
        if (lines.size() != incoming.size()) {
            return false;
        }
        Set<IssueId> dirty = new HashSet<>(repository.dirtyIds());
        Set<IssueId> written = new HashSet<>(plan.changedIds());
        Set<IssueId> inFile = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            Issue issue = incoming.get(i);
            if (!inFile.add(issue.id())) {
                return false;
            }
            // A written issue lost its dirty flag only if heldAsStored found its line exact.
            if (dirty.contains(issue.id()) || written.contains(issue.id())) {
                continue;
            }
            if (plan.outdated().contains(issue.id()) || !codec.toLine(issue).equals(lines.get(i))) {
                return false;
            }
        }
        // Every id contains the empty string: these are all the stored ids.
        for (IssueId stored : repository.idsContaining("", Integer.MAX_VALUE)) {
            if (!inFile.contains(stored) && !dirty.contains(stored)) {
                return false;
            }
        }
        return true;
    }
}
