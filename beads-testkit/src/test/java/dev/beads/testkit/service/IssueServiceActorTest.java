package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who acted: every mutating use case records the actor of its request in the audit event it writes and in the
 * change event it publishes (Go bd's events table, {@code bd show}'s history). Each command here is given its own
 * actor, none of them the one that created the issues.
 */
class IssueServiceActorTest {
    private final ServiceFixture f = new ServiceFixture();
    private Issue issue;
    private Issue other;

    @BeforeEach
    void twoIssuesCreatedByTheDefaultActor() {
        issue = f.create("Subject");
        other = f.create("Other");
        f.published.clear();
    }

    private void assertActedBy(String actor, EventType type) {
        AuditEvent event = f.lastEvent(issue.id());
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.actor()).isEqualTo(actor);
        assertThat(f.published).containsExactly(new IssueChanged(issue.id(), type, actor));
        f.published.clear();
    }

    @Test
    void labels_recordWhoAddedAndWhoRemovedThem() {
        f.commands.addLabel(new AddLabel(issue.id(), "ui", "ann"));
        assertActedBy("ann", EventType.LABEL_ADDED);

        f.commands.removeLabel(new RemoveLabel(issue.id(), "ui", "ben"));
        assertActedBy("ben", EventType.LABEL_REMOVED);
    }

    @Test
    void dependencies_recordWhoAddedAndWhoRemovedThem() {
        f.commands.addDependency(new AddDependency(issue.id(), other.id(), null, "cy"));
        assertActedBy("cy", EventType.DEPENDENCY_ADDED);

        f.commands.removeDependency(new RemoveDependency(issue.id(), other.id(), "dee"));
        assertActedBy("dee", EventType.DEPENDENCY_REMOVED);
    }

    @Test
    void closeAndReopen_recordWhoClosedAndWhoReopened() {
        f.commands.close(new CloseIssue(issue.id(), "done", "eve"));
        assertActedBy("eve", EventType.CLOSED);

        f.commands.reopen(new ReopenIssue(issue.id(), "regressed", "fay"));
        assertActedBy("fay", EventType.REOPENED);
    }

    @Test
    void updateAndDelete_recordWhoChangedTheIssue() {
        f.commands.update(
                UpdateIssue.builder(issue.id()).title("Retitled").actor("gus").build());
        assertActedBy("gus", EventType.UPDATED);

        f.commands.delete(new DeleteIssue(issue.id(), "", "hal"));
        assertActedBy("hal", EventType.DELETED);
        assertThat(f.stored(issue.id()).deletedBy()).isEqualTo("hal");
        assertThat(f.stored(issue.id()).createdBy()).isEqualTo(ACTOR);
    }
}
