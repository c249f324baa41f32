package dev.beads.core.service;

import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CloseResult;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Status;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.port.IssueRepository;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The mutating use cases ({@link IssueCommands}) over the driven ports. Each call is one write transaction; its
 * change events are published after it commits. Thread-safe when the ports are.
 */
public final class IssueService implements IssueCommands {
    private final Transactions transactions;
    private final Clock clock;
    private final IssueCreator creator;
    private final DependencyEditor dependencies;
    private final IssueAnnotations annotations;
    private final IssueDeleter deleter;

    public IssueService(IssueRepository repository, ChangeFeed feed, Clock clock, IdGenerator ids) {
        Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = new Transactions(repository, feed);
        this.creator = new IssueCreator(repository, transactions, clock, Objects.requireNonNull(ids, "ids"));
        this.dependencies = new DependencyEditor(transactions, clock);
        this.annotations = new IssueAnnotations(transactions, clock);
        this.deleter = new IssueDeleter(repository, transactions, clock);
    }

    @Override
    public Issue create(CreateIssue request) {
        return creator.create(request);
    }

    @Override
    public Issue update(UpdateIssue request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue current = Existing.live(writer, request.id());
            Issue next = IssueUpdate.apply(current, request, now);
            if (next == current) {
                return Written.quiet(current);
            }
            EventType type = IssueUpdate.eventType(current, next);
            boolean statusChanged = !current.status().equals(next.status());
            writer.put(
                    next,
                    new AuditEvent(
                            next.id(),
                            type,
                            request.actor(),
                            statusChanged ? current.status().name() : null,
                            statusChanged ? next.status().name() : null,
                            null,
                            now));
            return Written.of(writer.find(next.id()).orElseThrow(), new IssueChanged(next.id(), type, request.actor()));
        });
    }

    @Override
    public CloseResult close(CloseIssue request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue current = Existing.live(writer, request.id());
            if (current.isClosed()) {
                return Written.quiet(new CloseResult.AlreadyClosed(current));
            }
            Issue closed = current.toBuilder()
                    .status(Status.CLOSED)
                    .closedAt(now)
                    .closeReason(request.reason())
                    .updatedAt(now)
                    .build();
            writer.put(closed, statusEvent(current, closed, EventType.CLOSED, request.actor(), request.reason(), now));
            Issue stored = writer.find(closed.id()).orElseThrow();
            return Written.of(
                    new CloseResult.Closed(stored), new IssueChanged(stored.id(), EventType.CLOSED, request.actor()));
        });
    }

    @Override
    public Issue reopen(ReopenIssue request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue current = Existing.live(writer, request.id());
            if (!current.isClosed()) {
                throw new InvalidInputException("issue " + current.id() + " is not closed (status " + current.status()
                        + "): only closed issues can be reopened");
            }
            Issue reopened = current.toBuilder()
                    .status(Status.OPEN)
                    .closedAt(null)
                    .closeReason("")
                    .updatedAt(now)
                    .build();
            writer.put(
                    reopened,
                    statusEvent(current, reopened, EventType.REOPENED, request.actor(), request.reason(), now));
            return Written.of(
                    writer.find(reopened.id()).orElseThrow(),
                    new IssueChanged(reopened.id(), EventType.REOPENED, request.actor()));
        });
    }

    @Override
    public DeleteResult delete(DeleteIssue request) {
        return deleter.delete(request);
    }

    @Override
    public Dependency addDependency(AddDependency request) {
        return dependencies.add(request);
    }

    @Override
    public Dependency removeDependency(RemoveDependency request) {
        return dependencies.remove(request);
    }

    @Override
    public boolean addLabel(AddLabel request) {
        return annotations.addLabel(request);
    }

    @Override
    public boolean removeLabel(RemoveLabel request) {
        return annotations.removeLabel(request);
    }

    @Override
    public Comment addComment(AddComment request) {
        return annotations.addComment(request);
    }

    static AuditEvent statusEvent(
            Issue before, Issue after, EventType type, String actor, String comment, OffsetDateTime now) {
        return new AuditEvent(
                after.id(),
                type,
                actor,
                before.status().name(),
                after.status().name(),
                comment == null || comment.isEmpty() ? null : comment,
                now);
    }
}
