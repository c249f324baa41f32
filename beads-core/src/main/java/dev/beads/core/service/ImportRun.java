package dev.beads.core.service;

import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueRules;
import dev.beads.core.model.RawJson;
import dev.beads.core.port.IssueSource;
import dev.beads.core.port.IssueWriter;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlSink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One pass of an import over its file, as the codec parses it: every issue goes into a batch, and each full batch is
 * merged with the stored issues ({@link ImportPlan}) and stored, so that memory holds a batch, not the file. Kept for
 * the whole file: the warnings, the records that are not issues, the ids (for the duplicate rule) and what the
 * comparison of the file with the store needs.
 *
 * <p>An id the file has twice is imported once, from the line with the later {@code updated_at} (a tie goes to the
 * later line). Which line that is is known only at the end, so a pass that meets a second line of an id stops storing
 * and reads on to find the winners; then {@link #finish} throws {@link Duplicates} and the import runs again (after
 * rolling back) knowing them: one more parse, only for such files.
 */
final class ImportRun implements JsonlSink {
    /** Issues merged and stored together: one lookup of their stored versions, one batch of statements. */
    static final int BATCH = 2000;

    private static final Comparator<ImportWarning> BY_LINE = Comparator.comparingInt(ImportWarning::line);

    /** Where the run reads the stored issues and stores the changes (a dry run stores nothing). */
    interface Target {
        /** The stored issues of {@code ids} (those that exist). */
        List<Issue> stored(Collection<IssueId> ids);

        void store(List<IssueWriter.Change> changes);

        static Target of(Function<Collection<IssueId>, List<Issue>> stored, Consumer<List<IssueWriter.Change>> store) {
            return new Target() {
                @Override
                public List<Issue> stored(Collection<IssueId> ids) {
                    return stored.apply(ids);
                }

                @Override
                public void store(List<IssueWriter.Change> changes) {
                    store.accept(changes);
                }
            };
        }
    }

    /** The file holds an id on several lines: run again with {@link #winners}, the line imported for each id. */
    static final class Duplicates extends RuntimeException {
        private final transient Map<IssueId, Integer> winners;

        Duplicates(Map<IssueId, Integer> winners) {
            super("the file holds an id twice", null, false, false);
            this.winners = winners;
        }

        Map<IssueId, Integer> winners() {
            return winners;
        }
    }

    /** A line read for an id: its number and {@code updated_at}. */
    private record Seen(int line, Instant updatedAt) {}

    /** An issue of the current batch: as the import stores it (comment ids moved), its line and the line's text. */
    private record Pending(Issue issue, int line, String text) {}

    private final Target target;
    private final Function<Issue, String> exportLine;
    private final String actor;
    private final OffsetDateTime now;
    /** The line imported for each id, when known (the second pass of a file with duplicates); else null. */
    private final Map<IssueId, Integer> winners;

    private final Map<IssueId, Seen> seen = new HashMap<>();
    private boolean scanning;
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> commentIds = new HashMap<>();
    private final List<String> records = new ArrayList<>(0);
    private int created;
    private int updated;
    private int unchanged;
    private final List<IssueId> changedIds = new ArrayList<>();
    private String firstPrefix;

    private final List<IssueId> held = new ArrayList<>();
    private final List<IssueId> unheldUnchanged = new ArrayList<>();
    private boolean exportForm = true;
    private String lastId;
    private long bytes;

    ImportRun(
            Target target,
            Function<Issue, String> exportLine,
            String actor,
            OffsetDateTime now,
            Map<IssueId, Integer> winners) {
        this.target = target;
        this.exportLine = exportLine;
        this.actor = actor;
        this.now = now;
        this.winners = winners;
    }

    @Override
    public void issue(Issue issue, int line, String text) {
        IssueId id = issue.id();
        if (winners != null) {
            Integer kept = winners.get(id);
            if (kept != line) {
                warnings.add(duplicate(id, line, kept));
                exportForm = false;
                return;
            }
        } else if (!firstSight(issue, line) || scanning) {
            return;
        }
        Issue stored = withFileCommentIds(issue);
        for (IssueRules.Violation v : IssueRules.check(issue)) {
            warnings.add(new ImportWarning(line, id.value(), v.rule(), v.message()));
        }
        commentWarnings(stored, line);
        if (firstPrefix == null) {
            firstPrefix = id.prefix();
        }
        if (!records.isEmpty() || (lastId != null && IssueSource.compareUtf8(lastId, id.value()) >= 0)) {
            exportForm = false;
        }
        lastId = id.value();
        batch.add(new Pending(stored, line, text));
        if (batch.size() == BATCH) {
            storeBatch();
        }
    }

    /**
     * Records the line of a first pass; false when the id was seen before (the pass then only scans on, keeping the
     * later {@code updated_at} of each id, a tie to the later line).
     */
    private boolean firstSight(Issue issue, int line) {
        Seen now = new Seen(line, issue.updatedAt().toInstant());
        Seen before = seen.put(issue.id(), now);
        if (before == null) {
            return true;
        }
        scanning = true;
        if (now.updatedAt().isBefore(before.updatedAt())) {
            seen.put(issue.id(), before);
        }
        return false;
    }

    @Override
    public void record(JsonlDocument.Verbatim record) {
        records.add(record.text());
        bytes += Utf8.length(record.text()) + 1;
        warnings.add(new ImportWarning(
                record.line(),
                "",
                "non-issue-record",
                "not an issue (no \"id\", or a \"_type\" other than \"issue\"): kept verbatim, exported after the"
                        + " issues"));
    }

    /**
     * Stores what is left after the file is read. Throws {@link Duplicates} when this first pass found an id on
     * several lines.
     */
    void finish() {
        if (scanning) {
            Map<IssueId, Integer> lines = new HashMap<>();
            seen.forEach((id, s) -> lines.put(id, s.line()));
            throw new Duplicates(lines);
        }
        if (!batch.isEmpty()) {
            storeBatch();
        }
        warnings.sort(BY_LINE);
    }

    private void storeBatch() {
        List<Issue> incoming = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            incoming.add(p.issue());
        }
        List<Issue> found = target.stored(ImportPlan.ids(incoming));
        Map<IssueId, Issue> stored = new HashMap<>();
        for (Issue issue : found) {
            stored.put(issue.id(), issue);
        }
        ImportPlan plan = ImportPlan.of(incoming, id -> Optional.ofNullable(stored.get(id)), actor, now);
        created += plan.created();
        updated += plan.updated();
        unchanged += plan.unchanged();
        changedIds.addAll(plan.changedIds());
        target.store(plan.changes());
        Map<IssueId, Issue> written = new HashMap<>();
        for (IssueWriter.Change change : plan.changes()) {
            written.put(change.issue().id(), change.issue());
        }
        List<Pending> numbered = new ArrayList<>(0);
        for (Pending p : batch) {
            Issue changed = written.get(p.issue().id());
            Issue now = changed != null ? changed : stored.get(p.issue().id());
            if (exportLine.apply(now).equals(p.text())) {
                held(p);
            } else if (changed != null && hasNewComments(changed)) {
                numbered.add(p);
            } else {
                notHeld(p, changed == null);
            }
        }
        compareAsStored(numbered);
        batch.clear();
    }

    /**
     * Issues whose new comments got their storage keys from the store: compared as stored (a codec that writes the
     * key rather than the file's comment id sees the key).
     */
    private void compareAsStored(List<Pending> numbered) {
        if (numbered.isEmpty()) {
            return;
        }
        Map<IssueId, Issue> stored = new HashMap<>();
        for (Issue issue : target.stored(
                ImportPlan.ids(numbered.stream().map(Pending::issue).toList()))) {
            stored.put(issue.id(), issue);
        }
        for (Pending p : numbered) {
            Issue now = stored.get(p.issue().id());
            if (now != null && exportLine.apply(now).equals(p.text())) {
                held(p);
            } else {
                notHeld(p, false);
            }
        }
    }

    private static boolean hasNewComments(Issue issue) {
        for (Comment c : issue.comments()) {
            if (c.id() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The line is what an export of the stored issue writes. */
    private void held(Pending p) {
        held.add(p.issue().id());
        bytes += Utf8.length(p.text()) + 1;
    }

    private void notHeld(Pending p, boolean unchanged) {
        exportForm = false;
        if (unchanged) {
            unheldUnchanged.add(p.issue().id());
        }
    }

    /**
     * Comment ids bd would not write: a string (kept as written), or one the file already used (kept too: the
     * storage key of a comment is our own).
     */
    private void commentWarnings(Issue issue, int line) {
        for (Comment c : issue.comments()) {
            if (c.originalId() == null) {
                continue;
            }
            String json = c.originalId().json();
            if (json.startsWith("\"")) {
                warnings.add(new ImportWarning(
                        line,
                        issue.id().value(),
                        "comment-id-string",
                        "comment id " + json + " is a string, not bd's integer: kept and written back as it is"));
            }
            Integer first = commentIds.putIfAbsent(json, line);
            if (first != null) {
                warnings.add(new ImportWarning(
                        line,
                        issue.id().value(),
                        "comment-id-repeated",
                        "comment id " + json + " is used again (first on line " + first
                                + "): kept as written; comments are stored under ids of their own"));
            }
        }
    }

    /**
     * The issue with each comment's id from the file moved to {@code originalId} and its storage key left to the
     * store (id 0): files repeat comment ids, within an issue and across issues. Of a stored issue: its comments as
     * an import of its exported line holds them.
     */
    static Issue withFileCommentIds(Issue issue) {
        if (issue.comments().isEmpty()) {
            return issue;
        }
        List<Comment> comments = new ArrayList<>(issue.comments().size());
        for (Comment c : issue.comments()) {
            RawJson fileId = c.originalId() != null || c.id() == 0 ? c.originalId() : RawJson.of(Long.toString(c.id()));
            comments.add(new Comment(0, c.issueId(), c.author(), c.text(), c.createdAt(), fileId));
        }
        return issue.toBuilder().comments(comments).build();
    }

    private static ImportWarning duplicate(IssueId id, int dropped, int kept) {
        return new ImportWarning(
                dropped,
                id.value(),
                "duplicate-id",
                "the id is also on line " + kept + ", which is imported (the later updated_at wins, a tie goes to the"
                        + " later line); this line is not");
    }

    ImportResult result(boolean dryRun) {
        return new ImportResult(created, updated, unchanged, changedIds, dryRun, warnings);
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    /** The lines that are not issues, verbatim, in file order. */
    List<String> records() {
        return records;
    }

    boolean changedAnything() {
        return !changedIds.isEmpty();
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    /** The prefix of the first issue imported (empty when its id has none), or null when there was none. */
    String firstPrefix() {
        return firstPrefix;
    }

    /** Whether the file held an id on more than one line (it is then not what an export writes). */
    boolean hadDuplicates() {
        return winners != null;
    }

    /** The ids of the file's issues, each once. */
    Set<IssueId> fileIds() {
        return winners != null ? winners.keySet() : seen.keySet();
    }

    /** The issues whose line is exactly what an export of the stored issue writes: their dirty flags can go. */
    List<IssueId> held() {
        return held;
    }

    /** Issues the import left as stored whose line is not what an export writes (older, or in another form). */
    List<IssueId> unheldUnchanged() {
        return unheldUnchanged;
    }

    /**
     * Whether the file, of {@code size} bytes, is exactly what an export of the store writes, given that the store
     * holds {@code storedIssues} issues and the file's records: every line an issue's export line, sorted by id, no
     * id twice, the records after the issues, nothing else in the file.
     */
    boolean isExportOf(long size, int storedIssues) {
        return exportForm && winners == null && storedIssues == held.size() && bytes == size;
    }
}
