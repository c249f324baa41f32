package dev.beads.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.AddLabel;
import dev.beads.core.api.ReopenIssue;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueRules;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import dev.beads.testkit.Issues;
import org.junit.jupiter.api.Test;

/**
 * Imported history that breaks a rule stays workable: commands may change such an issue as long as they do not
 * add a break of their own (the rules guard what commands write, DESIGN §3).
 */
class ImportedHistoryCommandsTest {
    private final ServiceFixture f = new ServiceFixture();

    /** Closed without closed_at, priority 9: as an old file may hold it. */
    private Issue imported() {
        return f.seedAndGet(Issues.anIssue("bd-old").build().toBuilder()
                .status(Status.CLOSED)
                .closedAt(null)
                .priority(Priority.stored(9))
                .build());
    }

    @Test
    void givenImportedIssueBreakingRules_label_isStored_andTheIssueKeepsItsHistory() {
        Issue old = imported();

        f.commands.addLabel(new AddLabel(old.id(), "triaged", Issues.ACTOR));

        Issue after = f.stored(old.id());
        assertThat(after.labels()).containsExactly("triaged");
        assertThat(after.closedAt()).isNull();
        assertThat(after.priority().value()).isEqualTo(9);
        assertThat(IssueRules.check(after))
                .extracting(IssueRules.Violation::rule)
                .containsExactly("closed-without-closed-at", "priority-range");
    }

    @Test
    void givenImportedIssueBreakingRules_updateAndReopen_work_andRepairWhatTheyTouch() {
        Issue old = imported();

        f.commands.update(UpdateIssue.builder(old.id())
                .priority(Priority.of(1))
                .actor(Issues.ACTOR)
                .build());
        f.commands.reopen(new ReopenIssue(old.id(), "", Issues.ACTOR));

        assertThat(IssueRules.check(f.stored(old.id()))).isEmpty();
    }
}
