package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.IssueType;
import dev.beads.core.model.Status;
import dev.beads.testkit.Issues;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each list filter alone (sorted by id so only membership is tested), then together. */
abstract class ListFilterCases extends RepositoryCases {

    @Test
    void tombstones_areExcludedUnlessIncluded() {
        store(issue("bd-1"), Issues.aTombstone("bd-2"), Issues.aClosedIssue("bd-3"));

        assertThat(listIdsById(filter())).containsExactly("bd-1", "bd-3");
        assertThat(listIdsById(filter().includeTombstones(true))).containsExactly("bd-1", "bd-2", "bd-3");
    }

    @Test
    void statuses_matchAnyOf() {
        store(
                issue("bd-1"),
                issue("bd-2").inProgress(),
                issue("bd-3").status(Status.BLOCKED),
                Issues.aClosedIssue("bd-4"),
                issue("bd-5").status("review"));

        assertThat(listIdsById(filter().statuses(Set.of(Status.IN_PROGRESS, Status.CLOSED))))
                .containsExactly("bd-2", "bd-4");
        assertThat(listIdsById(filter().status(Status.of("review")))).containsExactly("bd-5");
    }

    @Test
    void tombstoneStatusFilter_findsTombstonesOnlyWhenIncluded() {
        store(issue("bd-1"), Issues.aTombstone("bd-2"));

        assertThat(listIdsById(filter().status(Status.TOMBSTONE))).isEmpty();
        assertThat(listIdsById(filter().status(Status.TOMBSTONE).includeTombstones(true)))
                .containsExactly("bd-2");
    }

    @Test
    void types_matchAnyOf() {
        store(
                issue("bd-1").type(IssueType.BUG),
                issue("bd-2").type(IssueType.FEATURE),
                issue("bd-3"),
                issue("bd-4").type("molecule"));

        assertThat(listIdsById(filter().types(Set.of(IssueType.BUG, IssueType.of("molecule")))))
                .containsExactly("bd-1", "bd-4");
    }

    @Test
    void priorityMinAndMax_areInclusive() {
        store(
                issue("bd-0").priority(0),
                issue("bd-1").priority(1),
                issue("bd-2").priority(2),
                issue("bd-3").priority(3),
                issue("bd-4").priority(4));

        assertThat(listIdsById(filter().priorityMin(1).priorityMax(3))).containsExactly("bd-1", "bd-2", "bd-3");
        assertThat(listIdsById(filter().priorityMin(3))).containsExactly("bd-3", "bd-4");
        assertThat(listIdsById(filter().priorityMax(1))).containsExactly("bd-0", "bd-1");
        assertThat(listIdsById(filter().priority(2))).containsExactly("bd-2");
    }

    @Test
    void assignee_isExactEquality() {
        store(
                issue("bd-1").assignee("alice"),
                issue("bd-2").assignee("alice2"),
                issue("bd-3").assignee("Alice"),
                issue("bd-4"));

        assertThat(listIdsById(filter().assignee("alice"))).containsExactly("bd-1");
    }

    @Test
    void unassigned_matchesAnEmptyAssignee() {
        store(issue("bd-1").assignee("alice"), issue("bd-2"), issue("bd-3").assignee(""));

        assertThat(listIdsById(filter().unassigned(true))).containsExactly("bd-2", "bd-3");
    }

    @Test
    void labelsAll_requiresEveryLabel() {
        store(
                issue("bd-1").labels("a", "b", "c"),
                issue("bd-2").labels("a"),
                issue("bd-3").labels("b", "a"),
                issue("bd-4"));

        assertThat(listIdsById(filter().labelsAll(Set.of("a", "b")))).containsExactly("bd-1", "bd-3");
    }

    @Test
    void labelsAny_requiresAtLeastOne() {
        store(
                issue("bd-1").labels("a"),
                issue("bd-2").labels("b", "z"),
                issue("bd-3").labels("c"),
                issue("bd-4"));

        assertThat(listIdsById(filter().labelsAny(Set.of("a", "b")))).containsExactly("bd-1", "bd-2");
    }

    @Test
    void titleContains_isACaseInsensitiveSubstringOfTheTitleOnly() {
        store(
                issue("bd-1").title("Fix the Login page"),
                issue("bd-2").title("login"),
                issue("bd-3").title("other").description("login in description"),
                issue("bd-4").title("LOG IN"));

        assertThat(listIdsById(filter().titleContains("LOGIN"))).containsExactly("bd-1", "bd-2");
    }

    @Test
    void descriptionContains_isACaseInsensitiveSubstringOfTheDescriptionOnly() {
        store(
                issue("bd-1").description("Stack TRACE attached"),
                issue("bd-2").title("trace in title"),
                issue("bd-3").notes("trace in notes"));

        assertThat(listIdsById(filter().descriptionContains("trace"))).containsExactly("bd-1");
    }

    @Test
    void notesContains_isACaseInsensitiveSubstringOfTheNotesOnly() {
        store(
                issue("bd-1").notes("Waiting on REVIEW"),
                issue("bd-2").description("review"),
                issue("bd-3").design("review"));

        assertThat(listIdsById(filter().notesContains("review"))).containsExactly("bd-1");
    }

    @Test
    void text_matchesIdTitleDescriptionOrNotes_caseInsensitively() {
        store(
                issue("bd-xyz1").title("matched by its id"),
                issue("bd-2").title("has XYZ"),
                issue("bd-3").description("xYz here"),
                issue("bd-4").notes("notes xyz"),
                issue("bd-5").design("xyz only in design").acceptanceCriteria("xyz"),
                issue("bd-6").assignee("xyz"));

        assertThat(listIdsById(filter().text("XyZ"))).containsExactly("bd-2", "bd-3", "bd-4", "bd-xyz1");
    }

    @Test
    void likeWildcards_areMatchedLiterally() {
        store(
                issue("bd-1").title("100% done"),
                issue("bd-2").title("100 percent"),
                issue("bd-3").title("a_b"));

        assertThat(listIdsById(filter().titleContains("0%"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().text("_"))).containsExactly("bd-3");
    }

    @Test
    void text_foldsTheCaseOfNonAsciiLetters() {
        store(
                issue("bd-1").title("ÉCOLE normale"),
                issue("bd-2").title("ecole without its accent"),
                issue("bd-3").description("Straße und STRASSE"));

        assertThat(listIdsById(filter().text("école"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().titleContains("École"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().descriptionContains("STRAßE"))).containsExactly("bd-3");
    }

    @Test
    void text_ofNonAsciiLettersOnly_foldsTheirCaseToo() {
        // A fragment without one ASCII character: SQLite's LIKE folds ASCII only, so it must not be the one used.
        store(
                issue("bd-1").title("Grüße aus ÄÖÜ"),
                issue("bd-2").title("aou"),
                issue("bd-3").title("ÆØÅ"));

        assertThat(listIdsById(filter().text("äöü"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().titleContains("æøå"))).containsExactly("bd-3");
    }

    @Test
    void aBackslash_isMatchedLiterally() {
        store(
                issue("bd-1").title("C:\\temp\\x"),
                issue("bd-2").title("C:temp"),
                issue("bd-3").title("50% off"));

        assertThat(listIdsById(filter().text("\\"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().titleContains(":\\t"))).containsExactly("bd-1");
        assertThat(listIdsById(filter().titleContains("\\%"))).isEmpty();
    }

    @Test
    void createdAfterAndBefore_areStrict() {
        store(
                issue("bd-1").createdAt(T0.plusHours(1)),
                issue("bd-2").createdAt(T0.plusHours(2)),
                issue("bd-3").createdAt(T0.plusHours(3)));

        assertThat(listIdsById(filter().createdAfter(T0.plusHours(1)))).containsExactly("bd-2", "bd-3");
        assertThat(listIdsById(filter().createdBefore(T0.plusHours(3)))).containsExactly("bd-1", "bd-2");
        assertThat(listIdsById(filter().createdAfter(T0.plusHours(1)).createdBefore(T0.plusHours(3))))
                .containsExactly("bd-2");
    }

    @Test
    void timeFilters_compareInstants_notText() {
        // 10:00-08:00 is 18:00Z: after 17:00Z although its text sorts before it.
        store(
                issue("bd-1").createdAt("2025-01-01T10:00:00-08:00"),
                issue("bd-2").createdAt("2025-01-01T16:00:00Z"));

        assertThat(listIdsById(filter().createdAfter(at("2025-01-01T17:00:00Z"))))
                .containsExactly("bd-1");
        assertThat(listIdsById(filter().createdBefore(at("2025-01-01T09:00:00-08:00"))))
                .containsExactly("bd-2");
    }

    @Test
    void updatedAfterAndBefore_areStrict_andUseUpdatedAt() {
        store(
                issue("bd-1").updatedAt(T0.plusHours(1)),
                issue("bd-2").createdAt(T0.plusHours(9)).updatedAt(T0.plusHours(2)),
                issue("bd-3").updatedAt(T0.plusHours(3)));

        assertThat(listIdsById(filter().updatedAfter(T0.plusHours(1)))).containsExactly("bd-2", "bd-3");
        assertThat(listIdsById(filter().updatedBefore(T0.plusHours(2)))).containsExactly("bd-1");
    }

    @Test
    void closedAfterAndBefore_areStrict_andNeverMatchAnUnclosedIssue() {
        store(
                issue("bd-1").closedAt(T0.plusHours(1)),
                issue("bd-2").closedAt(T0.plusHours(2)),
                issue("bd-3").updatedAt(T0.plusHours(5)),
                issue("bd-4").closedAt(T0.plusHours(3)));

        assertThat(listIdsById(filter().closedAfter(T0.plusHours(1)))).containsExactly("bd-2", "bd-4");
        assertThat(listIdsById(filter().closedBefore(T0.plusHours(3)))).containsExactly("bd-1", "bd-2");
        assertThat(listIdsById(filter().closedAfter(T0.minusYears(1)))).containsExactly("bd-1", "bd-2", "bd-4");
    }

    @Test
    void ids_restrictToTheGivenSet() {
        store(issue("bd-1"), issue("bd-2"), issue("bd-3"));

        assertThat(listIdsById(filter().ids(idSet("bd-3", "bd-1", "bd-missing"))))
                .containsExactly("bd-1", "bd-3");
    }

    @Test
    void filters_combineWithAnd() {
        store(
                issue("bd-1").type(IssueType.BUG).priority(1).labels("ui").assignee("alice"),
                issue("bd-2").type(IssueType.BUG).priority(1).labels("ui"),
                issue("bd-3").type(IssueType.BUG).priority(3).labels("ui").assignee("alice"),
                issue("bd-4").type(IssueType.TASK).priority(1).labels("ui").assignee("alice"),
                issue("bd-5")
                        .type(IssueType.BUG)
                        .priority(0)
                        .labels("ui", "api")
                        .assignee("alice"));

        assertThat(listIdsById(filter().type(IssueType.BUG)
                        .priorityMax(1)
                        .labelsAll(Set.of("ui"))
                        .assignee("alice")))
                .containsExactly("bd-1", "bd-5");
    }

    @Test
    void noFilter_listsEveryLiveIssue() {
        store(issue("bd-1"), issue("bd-2").closedAt(T0), issue("bd-3").status(Status.DEFERRED));

        assertThat(listIdsById(filter())).containsExactly("bd-1", "bd-2", "bd-3");
    }
}
