package dev.beads.core.service;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;

/** Lookups that turn a missing or deleted issue into the error the driving ports promise. */
final class Existing {
    private Existing() {}

    /** The issue, tombstones included; NotFoundException when there is none. */
    static Issue issue(IssueWriter writer, IssueId id) {
        return writer.find(id).orElseThrow(() -> NotFoundException.issue(id.value()));
    }

    /** The issue, which must not be a tombstone: deleted issues cannot be changed. */
    static Issue live(IssueWriter writer, IssueId id) {
        return requireLive(issue(writer, id));
    }

    static Issue requireLive(Issue issue) {
        if (issue.isTombstone()) {
            throw new InvalidInputException("issue " + issue.id() + " is deleted: it cannot be changed");
        }
        return issue;
    }
}
