package dev.beads.adapters.git.merge;

import dev.beads.adapters.git.JsonlOrder;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.JsonlDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The three-way merge of two JSONL documents against their common ancestor, issue by issue ({@link IssueMerge}).
 * Pure and thread-safe.
 *
 * <ul>
 *   <li>An issue on both sides is merged field by field (with the base's version, or none when both added it).
 *   <li>An issue on one side only: added there (not in the base) it is kept; in the base, it is dropped when the
 *       side that still has it did not change it (the other side removed it), and kept when it did: a line removed
 *       on one side never takes the other side's edits with it.
 *   <li>An id a file has twice counts once: the version with the later {@code updated_at}, a tie to the later line,
 *       as import chooses.
 *   <li>Records that are not issues (DESIGN §3) merge as a set of lines with removals, left's order first.
 * </ul>
 */
public final class JsonlMerge {
    private JsonlMerge() {}

    /** The merged content: issues (in id order, as UTF-8 bytes compare) and the records that are not issues, as lines. */
    public record Merged(List<Issue> issues, List<String> records) {
        public Merged {
            issues = List.copyOf(issues);
            records = List.copyOf(records);
        }
    }

    /** Merges {@code left} (ours) and {@code right} (theirs) against {@code base}. */
    public static Merged merge(JsonlDocument base, JsonlDocument left, JsonlDocument right) {
        Map<IssueId, Issue> b = byId(base);
        Map<IssueId, Issue> l = byId(left);
        Map<IssueId, Issue> r = byId(right);
        Map<String, Issue> merged = new TreeMap<>(JsonlOrder::compareIds);
        Set<IssueId> ids = new LinkedHashSet<>(l.keySet());
        ids.addAll(r.keySet());
        for (IssueId id : ids) {
            Issue issue = mergeOne(b.get(id), l.get(id), r.get(id));
            if (issue != null) {
                merged.put(id.value(), issue);
            }
        }
        return new Merged(new ArrayList<>(merged.values()), records(base, left, right));
    }

    private static Issue mergeOne(Issue base, Issue left, Issue right) {
        if (left != null && right != null) {
            return IssueMerge.merge(base, left, right);
        }
        Issue present = left != null ? left : right;
        return base == null || !present.equals(base) ? present : null;
    }

    /** One issue per id, as import picks it: the later {@code updated_at}, a tie to the later line. */
    static Map<IssueId, Issue> byId(JsonlDocument document) {
        Map<IssueId, Issue> byId = new LinkedHashMap<>();
        for (Issue issue : document.issues()) {
            Issue earlier = byId.get(issue.id());
            if (earlier == null
                    || !earlier.updatedAt()
                            .toInstant()
                            .isAfter(issue.updatedAt().toInstant())) {
                byId.put(issue.id(), issue);
            }
        }
        return byId;
    }

    private static List<String> records(JsonlDocument base, JsonlDocument left, JsonlDocument right) {
        Set<String> b = texts(base);
        Set<String> l = texts(left);
        Set<String> r = texts(right);
        List<String> merged = new ArrayList<>();
        for (JsonlDocument.Verbatim record : left.records()) {
            if (r.contains(record.text()) || !b.contains(record.text())) {
                merged.add(record.text());
            }
        }
        Set<String> added = new HashSet<>();
        for (JsonlDocument.Verbatim record : right.records()) {
            if (!l.contains(record.text()) && !b.contains(record.text()) && added.add(record.text())) {
                merged.add(record.text());
            }
        }
        return merged;
    }

    private static Set<String> texts(JsonlDocument document) {
        Set<String> texts = new HashSet<>();
        for (JsonlDocument.Verbatim record : document.records()) {
            texts.add(record.text());
        }
        return texts;
    }
}
