package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.ConflictException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Comment;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Status;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timestamps, audit events, dirty flags and change events of every mutating use case. */
class IssueServiceChangeTest {
    private static final OffsetDateTime LATER = T0.plusHours(3);

    private final ServiceFixture f = new ServiceFixture();
    private Issue issue;

    @BeforeEach
    void anIssueCreatedAtT0_thenTheClockMoves() {
        issue = f.create("Subject");
        f.clearDirty();
        f.published.clear();
        f.clock.set(LATER);
    }

    private UpdateIssue.Builder update() {
        return UpdateIssue.builder(issue.id()).actor(ACTOR);
    }

    @Test
    void update_stampsUpdatedAt_recordsTheEventType_andPublishes() {
        Issue started = f.commands.update(update().status(Status.IN_PROGRESS).build());

        assertThat(started.updatedAt()).isEqualTo(LATER);
        assertThat(started.createdAt()).isEqualTo(T0);
        AuditEvent event = f.lastEvent(issue.id());
        assertThat(event.type()).isEqualTo(EventType.STATUS_CHANGED);
        assertThat(event.oldValue()).isEqualTo("open");
        assertThat(event.newValue()).isEqualTo("in_progress");
        assertThat(f.repository.dirtyIds()).containsExactly(issue.id());
        assertThat(f.published).containsExactly(new IssueChanged(issue.id(), EventType.STATUS_CHANGED, ACTOR));

        f.commands.update(update().title("Retitled").build());
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.UPDATED);
        f.commands.update(update().status(Status.CLOSED).build());
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.CLOSED);
        assertThat(f.stored(issue.id()).closedAt()).isEqualTo(LATER);
        f.commands.update(update().status(Status.OPEN).build());
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.REOPENED);
    }

    @Test
    void aNoOpUpdate_writesNothing_andPublishesNothing() {
        Issue same =
                f.commands.update(update().title("Subject").type(IssueType.TASK).build());

        assertThat(same).isEqualTo(issue);
        assertThat(f.eventTypes(issue.id())).containsExactly(EventType.CREATED);
        assertThat(f.repository.dirtyIds()).isEmpty();
        assertThat(f.published).isEmpty();
    }

    @Test
    void close_setsClosedAtToNow_andRecordsTheReason() {
        Issue closed =
                f.commands.close(new CloseIssue(issue.id(), "shipped", ACTOR)).issue();

        assertThat(closed.closedAt()).isEqualTo(LATER);
        assertThat(closed.updatedAt()).isEqualTo(LATER);
        AuditEvent event = f.lastEvent(issue.id());
        assertThat(event.type()).isEqualTo(EventType.CLOSED);
        assertThat(event.comment()).isEqualTo("shipped");
        assertThat(f.published).containsExactly(new IssueChanged(issue.id(), EventType.CLOSED, ACTOR));

        f.published.clear();
        f.commands.close(new CloseIssue(issue.id(), "again", ACTOR));
        assertThat(f.published).isEmpty();
        assertThat(f.eventTypes(issue.id())).containsExactly(EventType.CREATED, EventType.CLOSED);
    }

    @Test
    void reopen_recordsAReopenedEvent() {
        f.commands.close(new CloseIssue(issue.id(), "", ACTOR));
        f.clock.set(LATER.plusHours(1));

        Issue reopened = f.commands.reopen(new ReopenIssue(issue.id(), "regressed", ACTOR));

        assertThat(reopened.updatedAt()).isEqualTo(LATER.plusHours(1));
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.REOPENED);
        assertThat(f.lastEvent(issue.id()).comment()).isEqualTo("regressed");
    }

    @Test
    void delete_stampsTheTombstone_andUnlinksDependentsWithTheirOwnEvents() {
        Issue dependent =
                f.seedAndGet(anIssue("bd-dep").blockedBy(issue.id().value()).build());
        f.published.clear();

        DeleteResult result = f.commands.delete(new DeleteIssue(issue.id(), "", ACTOR));

        Issue tombstone = result.tombstone();
        assertThat(tombstone.deletedAt()).isEqualTo(LATER);
        assertThat(tombstone.updatedAt()).isEqualTo(LATER);
        assertThat(tombstone.originalType()).isEqualTo("task");
        assertThat(tombstone.closedAt()).isNull();
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.DELETED);
        assertThat(f.stored(dependent.id()).dependencies()).isEmpty();
        assertThat(f.stored(dependent.id()).updatedAt()).isEqualTo(LATER);
        assertThat(f.lastEvent(dependent.id()).type()).isEqualTo(EventType.DEPENDENCY_REMOVED);
        assertThat(f.repository.dirtyIds()).containsExactlyInAnyOrder(dependent.id(), issue.id());
        assertThat(f.published)
                .containsExactly(
                        new IssueChanged(issue.id(), EventType.DELETED, ACTOR),
                        new IssueChanged(dependent.id(), EventType.DEPENDENCY_REMOVED, ACTOR));
    }

    @Test
    void addAndRemoveDependency_touchTheDependentIssueOnly() {
        Issue other = f.create("Other");
        f.clearDirty();
        f.published.clear();

        f.commands.addDependency(new AddDependency(issue.id(), other.id(), null, ACTOR));

        assertThat(f.stored(issue.id()).updatedAt()).isEqualTo(LATER);
        assertThat(f.stored(issue.id()).dependencies().getFirst().createdAt()).isEqualTo(LATER);
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.DEPENDENCY_ADDED);
        assertThat(f.repository.dirtyIds()).containsExactly(issue.id());
        assertThat(f.stored(other.id())).isEqualTo(other);

        f.commands.removeDependency(new RemoveDependency(issue.id(), other.id(), ACTOR));
        assertThat(f.lastEvent(issue.id()).type()).isEqualTo(EventType.DEPENDENCY_REMOVED);
        assertThat(f.published)
                .extracting(e -> ((IssueChanged) e).type())
                .containsExactly(EventType.DEPENDENCY_ADDED, EventType.DEPENDENCY_REMOVED);
    }

    @Test
    void aRefusedDependency_changesNothing_andPublishesNothing() {
        Issue other = f.create("Other");
        f.commands.addDependency(new AddDependency(other.id(), issue.id(), null, ACTOR));
        f.clearDirty();
        f.published.clear();

        assertThatThrownBy(() -> f.commands.addDependency(new AddDependency(issue.id(), other.id(), null, ACTOR)))
                .isInstanceOf(ConflictException.class);
        assertThat(f.stored(issue.id()).dependencies()).isEmpty();
        assertThat(f.repository.dirtyIds()).isEmpty();
        assertThat(f.published).isEmpty();
    }

    @Test
    void labels_recordLabelEvents_onlyWhenTheyChange() {
        f.commands.addLabel(new AddLabel(issue.id(), "ui", ACTOR));
        f.commands.addLabel(new AddLabel(issue.id(), "ui", ACTOR));
        f.commands.removeLabel(new RemoveLabel(issue.id(), "ui", ACTOR));
        f.commands.removeLabel(new RemoveLabel(issue.id(), "ui", ACTOR));

        assertThat(f.eventTypes(issue.id()))
                .containsExactly(EventType.CREATED, EventType.LABEL_ADDED, EventType.LABEL_REMOVED);
        assertThat(f.published).hasSize(2);
        assertThat(f.stored(issue.id()).updatedAt()).isEqualTo(LATER);
    }

    @Test
    void addComment_stampsTheComment_andRecordsItsText() {
        Comment comment = f.commands.addComment(new AddComment(issue.id(), "ann", "Looks good"));

        assertThat(comment.createdAt()).isEqualTo(LATER);
        assertThat(f.stored(issue.id()).updatedAt()).isEqualTo(LATER);
        AuditEvent event = f.lastEvent(issue.id());
        assertThat(event.type()).isEqualTo(EventType.COMMENTED);
        assertThat(event.actor()).isEqualTo("ann");
        assertThat(event.comment()).isEqualTo("Looks good");
        assertThat(f.published).containsExactly(new IssueChanged(issue.id(), EventType.COMMENTED, "ann"));
    }

    @Test
    void aListenerThatThrows_doesNotUndoTheCommittedChange() {
        f.feed.subscribe(e -> {
            throw new IllegalStateException("listener bug");
        });

        Issue updated = f.commands.update(update().title("Still saved").build());

        assertThat(f.stored(issue.id())).isEqualTo(updated);
        assertThat(id(updated.id().value())).isEqualTo(issue.id());
    }
}
