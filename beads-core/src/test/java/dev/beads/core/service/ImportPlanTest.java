package dev.beads.core.service;

import static dev.beads.core.service.TestIssues.T0;
import static dev.beads.core.service.TestIssues.id;
import static dev.beads.core.service.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    @Test
    void countsCreatedUpdatedAndUnchangedIssues() {
        Issue same = issue("bd-same").build();
        Issue older = issue("bd-upd").title("old").build();
        Map<IssueId, Issue> stored = Map.of(same.id(), same, older.id(), older);
        Issue newer = issue("bd-upd").title("new").updatedAt(T0.plusSeconds(5)).build();
        Issue fresh = issue("bd-new").build();

        ImportPlan plan = ImportPlan.of(
                List.of(same, newer, fresh), i -> Optional.ofNullable(stored.get(i)), "importer", T0.plusDays(1));

        assertThat(plan.created()).isEqualTo(1);
        assertThat(plan.updated()).isEqualTo(1);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changedIds()).containsExactly(id("bd-upd"), id("bd-new"));
        assertThat(plan.changes()).extracting(c -> c.issue()).containsExactly(newer, fresh);
        assertThat(plan.changes()).allSatisfy(c -> {
            assertThat(c.event().type()).isEqualTo(EventType.IMPORTED);
            assertThat(c.event().actor()).isEqualTo("importer");
        });
    }

    @Test
    void anIdTwiceInTheFile_isMergedIntoItsEarlierVersion() {
        Issue first = issue("bd-1").labels(List.of("a")).build();
        Issue second = issue("bd-1").labels(List.of("b")).build();
        ImportPlan plan = ImportPlan.of(List.of(first, second), i -> Optional.empty(), "", T0);
        assertThat(plan.created()).isEqualTo(1);
        assertThat(plan.updated()).isEqualTo(1);
        assertThat(plan.changes().getLast().issue().labels()).containsExactly("a", "b");
        assertThat(plan.changedIds()).containsExactly(id("bd-1"));
    }
}
