package dev.beads.core.service;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync's guard against wiping the shared JSONL (a broken database, a bad import): a new version that deletes more
 * than half of the live issues of the committed one is refused unless forced. Deleted: a live issue of the committed
 * version that the new one lacks or has as a tombstone.
 *
 * @param live the live issues of the committed version
 * @param deleted how many of them the new version deletes
 */
public record MassDeletion(int live, int deleted) {

    /** Compares the committed version's issues with the new version's. */
    public static MassDeletion between(List<Issue> committed, List<Issue> next) {
        Map<IssueId, Issue> after = new HashMap<>();
        for (Issue issue : next) {
            after.put(issue.id(), issue);
        }
        int live = 0;
        int deleted = 0;
        for (Issue issue : committed) {
            if (issue.isTombstone()) {
                continue;
            }
            live++;
            Issue now = after.get(issue.id());
            if (now == null || now.isTombstone()) {
                deleted++;
            }
        }
        return new MassDeletion(live, deleted);
    }

    /** More than half of the live issues go. */
    public boolean tooMany() {
        return deleted * 2 > live;
    }
}
