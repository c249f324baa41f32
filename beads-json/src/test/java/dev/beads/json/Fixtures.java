package dev.beads.json;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;

/** Hand-built model objects for rendering tests. */
final class Fixtures {
    static final OffsetDateTime T0 = OffsetDateTime.parse("2025-01-02T03:04:05.123456789-08:00");

    private Fixtures() {}

    static Issue.Builder issue(String id, String title) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title(title)
                .status(Status.OPEN)
                .priority(Priority.of(2))
                .issueType(IssueType.TASK)
                .createdAt(T0)
                .updatedAt(T0);
    }
}
