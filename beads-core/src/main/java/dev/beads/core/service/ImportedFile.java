package dev.beads.core.service;

import dev.beads.core.api.ImportWarning;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueRules;
import dev.beads.core.model.RawJson;
import dev.beads.core.port.JsonlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSONL document as an import takes it: each id once (an id the file has twice: the later {@code updated_at}
 * wins, a tie goes to the later line), the records that are not issues, and a warning for everything stored as it
 * is although bd would not write it so (DESIGN §3).
 *
 * @param issues one per id, in the order of their lines
 * @param lines the line of each of {@code issues}
 * @param records the lines that are not issues, verbatim, in file order
 * @param warnings in line order
 * @param hadDuplicates whether an id was on more than one line (the file is then not what an export writes)
 */
record ImportedFile(
        List<Issue> issues, int[] lines, List<String> records, List<ImportWarning> warnings, boolean hadDuplicates) {

    private static final Comparator<ImportWarning> BY_LINE = Comparator.comparingInt(ImportWarning::line);

    static ImportedFile of(JsonlDocument document) {
        List<Issue> all = document.issues();
        int[] allLines = document.issueLines();
        List<ImportWarning> warnings = new ArrayList<>();
        Map<IssueId, Integer> winner = new HashMap<>();
        boolean duplicates = false;
        for (int i = 0; i < all.size(); i++) {
            Issue issue = all.get(i);
            Integer previous = winner.putIfAbsent(issue.id(), i);
            if (previous != null) {
                duplicates = true;
                int kept = laterWins(all.get(previous), issue) ? i : previous;
                int dropped = kept == i ? previous : i;
                winner.put(issue.id(), kept);
                warnings.add(duplicate(issue.id(), allLines[dropped], allLines[kept]));
            }
        }
        List<Issue> issues = new ArrayList<>(winner.size());
        int[] lines = new int[winner.size()];
        for (int i = 0; i < all.size(); i++) {
            Issue issue = all.get(i);
            if (duplicates && winner.get(issue.id()) != i) {
                continue;
            }
            lines[issues.size()] = allLines[i];
            issues.add(withFileCommentIds(issue));
            ruleWarnings(issue, allLines[i], warnings);
        }
        commentWarnings(issues, lines, warnings);
        List<String> records = new ArrayList<>(document.records().size());
        for (JsonlDocument.Verbatim record : document.records()) {
            records.add(record.text());
            warnings.add(new ImportWarning(
                    record.line(),
                    "",
                    "non-issue-record",
                    "not an issue (no \"id\", or a \"_type\" other than \"issue\"): kept verbatim, exported after the"
                            + " issues"));
        }
        warnings.sort(BY_LINE);
        return new ImportedFile(issues, lines, records, warnings, duplicates);
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

    /** The later {@code updated_at} (as instants) wins; a tie goes to the later line, {@code later}. */
    private static boolean laterWins(Issue earlier, Issue later) {
        return !later.updatedAt().toInstant().isBefore(earlier.updatedAt().toInstant());
    }

    private static ImportWarning duplicate(IssueId id, int dropped, int kept) {
        return new ImportWarning(
                dropped,
                id.value(),
                "duplicate-id",
                "the id is also on line " + kept + ", which is imported (the later updated_at wins, a tie goes to the"
                        + " later line); this line is not");
    }

    private static void ruleWarnings(Issue issue, int line, List<ImportWarning> warnings) {
        for (IssueRules.Violation v : IssueRules.check(issue)) {
            warnings.add(new ImportWarning(line, issue.id().value(), v.rule(), v.message()));
        }
    }

    /**
     * Comment ids bd would not write: a string (kept as written), or one the file already used (kept too: the
     * storage key of a comment is our own).
     */
    private static void commentWarnings(List<Issue> issues, int[] lines, List<ImportWarning> warnings) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            for (Comment c : issue.comments()) {
                if (c.originalId() == null) {
                    continue;
                }
                String json = c.originalId().json();
                if (json.startsWith("\"")) {
                    warnings.add(new ImportWarning(
                            lines[i],
                            issue.id().value(),
                            "comment-id-string",
                            "comment id " + json + " is a string, not bd's integer: kept and written back as it is"));
                }
                Integer first = seen.putIfAbsent(json, lines[i]);
                if (first != null) {
                    warnings.add(new ImportWarning(
                            lines[i],
                            issue.id().value(),
                            "comment-id-repeated",
                            "comment id " + json + " is used again (first on line " + first
                                    + "): kept as written; comments are stored under ids of their own"));
                }
            }
        }
    }
}
