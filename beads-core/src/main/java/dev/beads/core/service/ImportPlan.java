package dev.beads.core.service;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What importing a list of issues changes, computed against a view of the store (the write transaction's, or the
 * committed state for a dry run). An id that appears twice in the file is merged twice, in file order.
 */
record ImportPlan(List<IssueWriter.Change> changes, int created, int updated, int unchanged, List<IssueId> changedIds) {

    /** The distinct ids of the incoming issues, to read the stored ones in one go. */
    static Set<IssueId> ids(List<Issue> incoming) {
        Set<IssueId> ids = new HashSet<>();
        for (Issue issue : incoming) {
            ids.add(issue.id());
        }
        return ids;
    }

    static ImportPlan of(
            List<Issue> incoming, Function<IssueId, Optional<Issue>> stored, String actor, OffsetDateTime now) {
        Map<IssueId, Issue> pending = new HashMap<>();
        List<IssueWriter.Change> changes = new ArrayList<>();
        Set<IssueId> changed = new LinkedHashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Issue issue : incoming) {
            Optional<Issue> current =
                    pending.containsKey(issue.id()) ? Optional.of(pending.get(issue.id())) : stored.apply(issue.id());
            Issue result = current.map(c -> ImportMerge.merge(c, issue)).orElse(issue);
            if (current.isEmpty()) {
                created++;
            } else if (result.equals(current.get())) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            pending.put(issue.id(), result);
            changed.add(issue.id());
            changes.add(new IssueWriter.Change(result, AuditEvent.of(issue.id(), EventType.IMPORTED, actor, now)));
        }
        return new ImportPlan(changes, created, updated, unchanged, List.copyOf(changed));
    }
}
