package dev.beads.core.service;

import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Comment;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import dev.beads.core.port.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Labels and comments: small additions to an issue, each with its own audit event. */
final class IssueAnnotations {
    private final Transactions transactions;
    private final Clock clock;

    IssueAnnotations(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean addLabel(AddLabel request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue issue = Existing.live(writer, request.id());
            if (issue.labels().contains(request.label())) {
                return Written.quiet(false);
            }
            List<String> labels = new ArrayList<>(issue.labels());
            labels.add(request.label());
            writer.put(
                    issue.withLabels(labels, now),
                    new AuditEvent(
                            issue.id(), EventType.LABEL_ADDED, request.actor(), null, request.label(), null, now));
            return Written.of(true, new IssueChanged(issue.id(), EventType.LABEL_ADDED, request.actor()));
        });
    }

    boolean removeLabel(RemoveLabel request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue issue = Existing.live(writer, request.id());
            if (!issue.labels().contains(request.label())) {
                return Written.quiet(false);
            }
            List<String> labels = new ArrayList<>(issue.labels());
            labels.remove(request.label());
            writer.put(
                    issue.withLabels(labels, now),
                    new AuditEvent(
                            issue.id(), EventType.LABEL_REMOVED, request.actor(), request.label(), null, null, now));
            return Written.of(true, new IssueChanged(issue.id(), EventType.LABEL_REMOVED, request.actor()));
        });
    }

    /** Appends the comment; its author is the one given (the request carries no actor to default to). */
    Comment addComment(AddComment request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue issue = Existing.live(writer, request.id());
            Comment comment = new Comment(0, issue.id(), request.author(), request.text(), now);
            writer.put(
                    issue.plusComment(comment, now),
                    new AuditEvent(issue.id(), EventType.COMMENTED, request.author(), null, null, request.text(), now));
            List<Comment> stored = writer.find(issue.id()).orElseThrow().comments();
            return Written.of(stored.getLast(), new IssueChanged(issue.id(), EventType.COMMENTED, request.author()));
        });
    }
}
