package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.DeleteResult;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.SortOrder;
import dev.beads.core.model.Status;
import dev.beads.core.model.WorkFilter;
import org.junit.jupiter.api.Test;

/** {@code bd delete}: a tombstone that stays (for git) but leaves every list, and edges to it are removed. */
abstract class DeleteContractCases extends PortCases {

    @Test
    void delete_leavesATombstoneWithWhoWhenAndWhy() {
        Issue issue =
                commands().create(request("Bug to drop").type(IssueType.BUG).build());

        DeleteResult result = commands().delete(new DeleteIssue(issue.id(), "duplicate", ACTOR));

        Issue tombstone = result.tombstone();
        assertThat(tombstone.status()).isEqualTo(Status.TOMBSTONE);
        assertThat(tombstone.deletedBy()).isEqualTo(ACTOR);
        assertThat(tombstone.deleteReason()).isEqualTo("duplicate");
        assertThat(tombstone.originalType()).isEqualTo("bug");
        assertThat(tombstone.deletedAt()).isNotNull().isAfterOrEqualTo(issue.createdAt());
        assertThat(show(issue.id())).isEqualTo(tombstone);
    }

    @Test
    void delete_withoutAReason_recordsDeleted() {
        Issue issue = create("x");

        assertThat(commands()
                        .delete(new DeleteIssue(issue.id(), "", ACTOR))
                        .tombstone()
                        .deleteReason())
                .isEqualTo("deleted");
    }

    @Test
    void aTombstone_isHiddenFromListSearchAndReadyButListedOnRequest() {
        Issue kept = create("Keep me");
        Issue gone = create("Delete me");
        commands().delete(new DeleteIssue(gone.id(), "", ACTOR));

        assertThat(listedIds()).containsExactly(kept.id());
        assertThat(ids(queries().search("me", IssueFilter.ALL))).containsExactly(kept.id());
        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(kept.id());
        assertThat(ids(queries()
                        .list(IssueFilter.builder()
                                .includeTombstones(true)
                                .sort(SortOrder.ID)
                                .build())))
                .containsExactlyInAnyOrder(kept.id(), gone.id());
    }

    @Test
    void delete_removesEdgesOfOtherIssuesPointingAtIt() {
        Issue blocker = createWithId("bd-blocker");
        Issue waiting = createWithId("bd-waiting");
        Issue other = createWithId("bd-other");
        depend(waiting, blocker);
        depend(other, blocker);
        depend(other, waiting);
        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(blocker.id());

        DeleteResult result = commands().delete(new DeleteIssue(blocker.id(), "", ACTOR));

        assertThat(result.unlinked()).containsExactly(other.id(), waiting.id());
        assertThat(show(waiting.id()).dependencies()).isEmpty();
        assertThat(show(other.id()).dependencies())
                .singleElement()
                .satisfies(d -> assertThat(d.dependsOnId()).isEqualTo(waiting.id()));
        assertThat(ids(queries().ready(WorkFilter.ALL))).containsExactly(waiting.id());
        assertThat(queries().show(waiting.id()).dependents())
                .extracting(r -> r.issue().id())
                .containsExactly(other.id());
    }

    @Test
    void delete_rewritesTheIdInTheTextOfIssuesConnectedEitherWay_likeGoBd() {
        Issue gone = createWithId("bd-gone");
        Issue upstream = commands()
                .create(request("Upstream")
                        .id(id("bd-up"))
                        .description("bd-gone needs this")
                        .notes("see bd-gone.")
                        .build());
        Issue dependent = commands()
                .create(request("Dependent")
                        .id(id("bd-down"))
                        .design("after bd-gone, not bd-gone2 or x-bd-gone")
                        .acceptanceCriteria("(bd-gone) done")
                        .build());
        Issue unrelated = commands()
                .create(request("Unrelated")
                        .id(id("bd-far"))
                        .description("mentions bd-gone but is not connected")
                        .build());
        depend(gone, upstream);
        depend(dependent, gone);

        DeleteResult result = commands().delete(new DeleteIssue(gone.id(), "", ACTOR));

        assertThat(result.referencesUpdated()).containsExactly(dependent.id(), upstream.id());
        assertThat(show(upstream.id()).description()).isEqualTo("[deleted:bd-gone] needs this");
        assertThat(show(upstream.id()).notes()).isEqualTo("see [deleted:bd-gone].");
        assertThat(show(dependent.id()).design()).isEqualTo("after [deleted:bd-gone], not bd-gone2 or x-bd-gone");
        assertThat(show(dependent.id()).acceptanceCriteria()).isEqualTo("([deleted:bd-gone]) done");
        assertThat(show(dependent.id()).title()).isEqualTo("Dependent");
        assertThat(show(unrelated.id())).isEqualTo(unrelated);
    }

    @Test
    void delete_ofAnIssueNoConnectedTextNames_updatesNoReferences() {
        Issue gone = createWithId("bd-gone");
        Issue dependent = createWithId("bd-down");
        depend(dependent, gone);

        DeleteResult result = commands().delete(new DeleteIssue(gone.id(), "", ACTOR));

        assertThat(result.unlinked()).containsExactly(dependent.id());
        assertThat(result.referencesUpdated()).isEmpty();
    }

    @Test
    void delete_ofATombstone_isInvalid() {
        Issue issue = create("x");
        commands().delete(new DeleteIssue(issue.id(), "", ACTOR));

        assertThatThrownBy(() -> commands().delete(new DeleteIssue(issue.id(), "", ACTOR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(issue.id().value());
    }
}
