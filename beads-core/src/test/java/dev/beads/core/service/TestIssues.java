package dev.beads.core.service;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Minimal issues for core unit tests (the testkit builders are not available here: Maven cycle). */
final class TestIssues {
    static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private TestIssues() {}

    static Issue.Builder issue(String id) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title("Issue " + id)
                .createdAt(T0)
                .updatedAt(T0);
    }

    static IssueId id(String value) {
        return IssueId.of(value);
    }
}
