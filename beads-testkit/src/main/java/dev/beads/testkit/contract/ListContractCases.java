package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bd list} and {@code bd search} through the query port. */
abstract class ListContractCases extends PortCases {

    @BeforeEach
    void fourIssues() {
        commands()
                .create(request("Login fails on Safari")
                        .id(id("bd-l1"))
                        .type(IssueType.BUG)
                        .priority(Priority.of(0))
                        .assignee("ann")
                        .labels(List.of("ui", "urgent"))
                        .build());
        commands()
                .create(request("Add dark mode")
                        .id(id("bd-l2"))
                        .type(IssueType.FEATURE)
                        .priority(Priority.of(2))
                        .labels(List.of("ui"))
                        .description("users ask for a DARK theme")
                        .build());
        commands()
                .create(request("Refactor storage")
                        .id(id("bd-l3"))
                        .priority(Priority.of(3))
                        .assignee("bob")
                        .notes("touches the login code too")
                        .build());
        commands()
                .create(request("Write docs")
                        .id(id("bd-l4"))
                        .priority(Priority.of(4))
                        .build());
        commands()
                .update(UpdateIssue.builder(id("bd-l3"))
                        .status(Status.IN_PROGRESS)
                        .actor(ACTOR)
                        .build());
    }

    private List<String> list(IssueFilter.Builder filter) {
        return queries().list(filter.sort(SortOrder.ID).build()).stream()
                .map(i -> i.id().value())
                .toList();
    }

    @Test
    void list_withoutFilters_returnsEveryIssueByPriority() {
        assertThat(ids(queries().list(IssueFilter.ALL)))
                .containsExactlyElementsOf(ids("bd-l1", "bd-l2", "bd-l3", "bd-l4"));
    }

    @Test
    void list_filtersByStatusTypeAndPriority() {
        assertThat(list(IssueFilter.builder().status(Status.IN_PROGRESS))).containsExactly("bd-l3");
        assertThat(list(IssueFilter.builder().types(Set.of(IssueType.BUG, IssueType.FEATURE))))
                .containsExactly("bd-l1", "bd-l2");
        assertThat(list(IssueFilter.builder().priorityMin(2).priorityMax(3))).containsExactly("bd-l2", "bd-l3");
    }

    @Test
    void list_filtersByAssigneeAndLabels() {
        assertThat(list(IssueFilter.builder().assignee("ann"))).containsExactly("bd-l1");
        assertThat(list(IssueFilter.builder().unassigned(true))).containsExactly("bd-l2", "bd-l4");
        assertThat(list(IssueFilter.builder().labelsAll(Set.of("ui", "urgent"))))
                .containsExactly("bd-l1");
        assertThat(list(IssueFilter.builder().labelsAny(Set.of("ui", "nothing"))))
                .containsExactly("bd-l1", "bd-l2");
    }

    @Test
    void list_sortsAndLimits() {
        assertThat(queries()
                        .list(IssueFilter.builder()
                                .sort(SortOrder.ID)
                                .reverse(true)
                                .limit(2)
                                .build()))
                .extracting(i -> i.id().value())
                .containsExactly("bd-l4", "bd-l3");
        assertThat(queries().list(IssueFilter.builder().sort(SortOrder.TITLE).build()))
                .extracting(i -> i.id().value())
                .containsExactly("bd-l2", "bd-l1", "bd-l3", "bd-l4");
    }

    @Test
    void search_matchesTitleDescriptionNotesAndIdIgnoringCase() {
        assertThat(ids(queries()
                        .search(
                                "LOGIN",
                                IssueFilter.builder().sort(SortOrder.ID).build())))
                .containsExactlyElementsOf(ids("bd-l1", "bd-l3"));
        assertThat(ids(queries().search("dark theme", IssueFilter.ALL))).containsExactlyElementsOf(ids("bd-l2"));
        assertThat(ids(queries().search("bd-l4", IssueFilter.ALL))).containsExactlyElementsOf(ids("bd-l4"));
        assertThat(queries().search("no such words", IssueFilter.ALL)).isEmpty();
    }

    @Test
    void search_combinesTheTextWithTheFilter() {
        assertThat(ids(queries()
                        .search(
                                "login",
                                IssueFilter.builder().status(Status.OPEN).build())))
                .containsExactlyElementsOf(ids("bd-l1"));
    }
}
