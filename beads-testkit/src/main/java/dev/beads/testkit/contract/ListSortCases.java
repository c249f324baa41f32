package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.IssueType;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list sort, ties by id ascending; reverse flips the whole order; limit after sorting. */
abstract class ListSortCases extends RepositoryCases {

    private List<String> sorted(SortOrder sort) {
        return listIds(filter().sort(sort));
    }

    private void storePriorityFixture() {
        store(
                issue("bd-a").priority(1).createdAt(T0.plusHours(1)),
                issue("bd-b").priority(1).createdAt(T0.plusHours(3)),
                issue("bd-c").priority(0).createdAt(T0),
                issue("bd-d").priority(1).createdAt(T0.plusHours(3)),
                issue("bd-e").priority(3).createdAt(T0.plusHours(5)));
    }

    @Test
    void priority_isPriorityAscending_thenNewestFirst_thenId() {
        storePriorityFixture();

        assertThat(sorted(SortOrder.PRIORITY)).containsExactly("bd-c", "bd-b", "bd-d", "bd-a", "bd-e");
    }

    @Test
    void priority_isTheDefaultSort() {
        storePriorityFixture();

        assertThat(listIds(filter())).containsExactly("bd-c", "bd-b", "bd-d", "bd-a", "bd-e");
    }

    @Test
    void reverse_flipsTheWholeOrder_tiesIncluded() {
        storePriorityFixture();

        assertThat(listIds(filter().sort(SortOrder.PRIORITY).reverse(true)))
                .containsExactly("bd-e", "bd-a", "bd-d", "bd-b", "bd-c");
    }

    @Test
    void created_isNewestFirst_thenId() {
        store(
                issue("bd-1").createdAt(T0.plusHours(1)),
                issue("bd-2").createdAt(T0.plusHours(3)),
                issue("bd-3").createdAt(T0.plusHours(3)),
                issue("bd-4").createdAt(T0));

        assertThat(sorted(SortOrder.CREATED)).containsExactly("bd-2", "bd-3", "bd-1", "bd-4");
    }

    @Test
    void created_comparesInstants_notText() {
        store(
                issue("bd-1").createdAt("2025-01-01T10:00:00-08:00"), // 18:00Z
                issue("bd-2").createdAt("2025-01-01T17:00:00Z"),
                issue("bd-3").createdAt("2025-01-01T23:00:00+05:30")); // 17:30Z

        assertThat(sorted(SortOrder.CREATED)).containsExactly("bd-1", "bd-3", "bd-2");
    }

    @Test
    void updated_isMostRecentlyUpdatedFirst_thenId() {
        store(
                issue("bd-1").createdAt(T0.plusHours(9)).updatedAt(T0.plusHours(10)),
                issue("bd-2").createdAt(T0).updatedAt(T0.plusHours(20)),
                issue("bd-3").createdAt(T0.plusHours(1)).updatedAt(T0.plusHours(10)));

        assertThat(sorted(SortOrder.UPDATED)).containsExactly("bd-2", "bd-1", "bd-3");
    }

    @Test
    void closed_isMostRecentlyClosedFirst_unclosedLast_thenId() {
        store(
                issue("bd-1").closedAt(T0.plusHours(1)),
                issue("bd-2"),
                issue("bd-3").closedAt(T0.plusHours(5)),
                issue("bd-4").priority(0),
                issue("bd-5").closedAt(T0.plusHours(5)));

        assertThat(sorted(SortOrder.CLOSED)).containsExactly("bd-3", "bd-5", "bd-1", "bd-2", "bd-4");
    }

    @Test
    void id_isIdAscending_byText() {
        store(issue("bd-2"), issue("bd-10"), issue("bd-1"), issue("bd-1.1"));

        assertThat(sorted(SortOrder.ID)).containsExactly("bd-1", "bd-1.1", "bd-10", "bd-2");
    }

    @Test
    void title_isCaseInsensitive_thenId() {
        store(
                issue("bd-1").title("Banana"),
                issue("bd-2").title("cherry"),
                issue("bd-3").title("apple"),
                issue("bd-0").title("Apple"));

        assertThat(sorted(SortOrder.TITLE)).containsExactly("bd-0", "bd-3", "bd-1", "bd-2");
    }

    @Test
    void status_isStatusNameAscending_thenPriority_thenId() {
        store(
                issue("bd-1").priority(2),
                issue("bd-2").closedAt(T0).priority(1),
                issue("bd-3").inProgress().priority(3),
                issue("bd-4").priority(0),
                issue("bd-5").status(Status.BLOCKED),
                issue("bd-6").priority(2));

        assertThat(sorted(SortOrder.STATUS)).containsExactly("bd-5", "bd-2", "bd-3", "bd-4", "bd-1", "bd-6");
    }

    @Test
    void type_isTypeNameAscending_thenPriority_thenId() {
        store(
                issue("bd-1").type(IssueType.BUG).priority(2),
                issue("bd-2").type(IssueType.TASK).priority(0),
                issue("bd-3").type(IssueType.BUG).priority(1),
                issue("bd-4").type(IssueType.EPIC).priority(4),
                issue("bd-5").type(IssueType.FEATURE));

        assertThat(sorted(SortOrder.TYPE)).containsExactly("bd-3", "bd-1", "bd-4", "bd-5", "bd-2");
    }

    @Test
    void assignee_isEmptyFirst_thenAssigneeAscending_thenPriority_thenId() {
        store(
                issue("bd-1").priority(3),
                issue("bd-2").assignee("bob").priority(0),
                issue("bd-3").assignee("alice").priority(2),
                issue("bd-4").assignee("alice").priority(1),
                issue("bd-5").priority(1));

        assertThat(sorted(SortOrder.ASSIGNEE)).containsExactly("bd-5", "bd-1", "bd-4", "bd-3", "bd-2");
    }

    @Test
    void limit_isAppliedAfterSorting() {
        store(issue("bd-3"), issue("bd-1"), issue("bd-4"), issue("bd-2"));

        assertThat(listIds(filter().sort(SortOrder.ID).limit(2))).containsExactly("bd-1", "bd-2");
        assertThat(listIds(filter().sort(SortOrder.ID).reverse(true).limit(2))).containsExactly("bd-4", "bd-3");
        assertThat(listIds(filter().sort(SortOrder.ID).limit(0))).containsExactly("bd-1", "bd-2", "bd-3", "bd-4");
        assertThat(listIds(filter().sort(SortOrder.ID).limit(10))).containsExactly("bd-1", "bd-2", "bd-3", "bd-4");
    }
}
