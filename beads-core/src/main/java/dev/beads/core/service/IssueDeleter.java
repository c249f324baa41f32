package dev.beads.core.service;

import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Status;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Delete as Go bd's tombstones: the issue stays, with status {@code tombstone}, so the deletion travels through git;
 * edges of other issues that point at it are removed, and the issues it was connected to (its dependencies and its
 * dependents) have the id in their description, design, acceptance criteria and notes replaced by
 * {@code [deleted:<id>]}, as Go bd does. Each changed issue is saved with its own audit event.
 */
final class IssueDeleter {
    static final String DEFAULT_REASON = "deleted";

    private final IssueRepository repository;
    private final Transactions transactions;
    private final Clock clock;

    IssueDeleter(IssueRepository repository, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    DeleteResult delete(DeleteIssue request) {
        OffsetDateTime now = clock.now();
        // The writer cannot list dependents; read them first, then re-check each one inside the transaction.
        TreeSet<IssueId> pointing = new TreeSet<>();
        repository.dependents(request.id()).forEach(d -> pointing.add(d.issueId()));
        TextReferences references = new TextReferences(request.id());
        return transactions.run(writer -> {
            Issue current = Existing.issue(writer, request.id());
            if (current.isTombstone()) {
                throw new InvalidInputException("issue " + current.id() + " is deleted already");
            }
            Issue tombstone = tombstone(current, request, now);
            writer.put(
                    tombstone,
                    new AuditEvent(
                            current.id(),
                            EventType.DELETED,
                            request.actor(),
                            null,
                            null,
                            tombstone.deleteReason(),
                            now));
            List<ChangeEvent> events = new ArrayList<>();
            events.add(new IssueChanged(current.id(), EventType.DELETED, request.actor()));
            List<IssueId> unlinked = new ArrayList<>();
            for (IssueId dependent : pointing) {
                if (unlink(writer, dependent, current.id(), request.actor(), now)) {
                    unlinked.add(dependent);
                    events.add(new IssueChanged(dependent, EventType.DEPENDENCY_REMOVED, request.actor()));
                }
            }
            TreeSet<IssueId> connected = new TreeSet<>(pointing);
            current.dependencies().forEach(d -> connected.add(d.dependsOnId()));
            List<IssueId> rewritten = new ArrayList<>();
            for (IssueId id : connected) {
                if (references.rewrite(writer, id, request.actor(), now)) {
                    rewritten.add(id);
                    events.add(new IssueChanged(id, EventType.UPDATED, request.actor()));
                }
            }
            DeleteResult result = new DeleteResult(writer.find(current.id()).orElseThrow(), unlinked, rewritten);
            return new Written<>(result, events);
        });
    }

    private static Issue tombstone(Issue current, DeleteIssue request, OffsetDateTime now) {
        return current.toBuilder()
                .status(Status.TOMBSTONE)
                .closedAt(null)
                .deletedAt(now)
                .deletedBy(request.actor())
                .deleteReason(request.reason().isBlank() ? DEFAULT_REASON : request.reason())
                .originalType(current.issueType().name())
                .updatedAt(now)
                .build();
    }

    private static boolean unlink(
            IssueWriter writer, IssueId dependent, IssueId deleted, String actor, OffsetDateTime now) {
        Issue issue = writer.find(dependent).orElse(null);
        if (issue == null) {
            return false;
        }
        List<Dependency> kept = issue.dependencies().stream()
                .filter(d -> !d.dependsOnId().equals(deleted))
                .toList();
        if (kept.size() == issue.dependencies().size()) {
            return false;
        }
        writer.put(
                issue.withDependencies(kept, now),
                new AuditEvent(dependent, EventType.DEPENDENCY_REMOVED, actor, deleted.value(), null, "deleted", now));
        return true;
    }
}
