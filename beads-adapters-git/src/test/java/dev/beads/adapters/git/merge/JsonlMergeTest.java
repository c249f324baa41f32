package dev.beads.adapters.git.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.port.JsonlDocument;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge rules, one case each. */
class JsonlMergeTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-01T10:00:00Z");
    private static final IssueId ID = IssueId.of("bd-a1");
    private final Issue base = Issue.builder()
            .id(ID)
            .title("base")
            .description("d")
            .createdAt(T0)
            .updatedAt(T0)
            .labels(List.of("keep", "drop-left", "drop-right"))
            .build();

    @Test
    void editsOfDifferentFields_onBothSides_bothSurvive() {
        Issue left = base.toBuilder().title("left title").updatedAt(at(1)).build();
        Issue right = base.toBuilder()
                .priority(Priority.of(0))
                .assignee("bob")
                .updatedAt(at(2))
                .build();

        Issue merged = one(base, left, right);

        assertThat(merged.title()).isEqualTo("left title");
        assertThat(merged.priority()).isEqualTo(Priority.of(0));
        assertThat(merged.assignee()).isEqualTo("bob");
        assertThat(merged.updatedAt())
                .as("neither side's version: newer than both")
                .isEqualTo(at(2).plusNanos(1));
    }

    @Test
    void aMergeThatIsOneSidesVersion_keepsItsUpdatedAt() {
        Issue left = base.toBuilder().title("left title").updatedAt(at(1)).build();

        assertThat(one(base, left, base)).isEqualTo(left);
        assertThat(one(base, base, left)).isEqualTo(left);
    }

    @Test
    void editsOfOneField_onBothSides_goToTheLaterUpdatedAt_eitherWay() {
        Issue early = base.toBuilder().title("early").updatedAt(at(1)).build();
        Issue late = base.toBuilder().title("late").updatedAt(at(2)).build();

        assertThat(one(base, early, late).title()).isEqualTo("late");
        assertThat(one(base, late, early).title()).isEqualTo("late");
    }

    @Test
    void aTieOfUpdatedAt_goesToTheLeft_asGoBdDoes() {
        Issue left = base.toBuilder().title("left").updatedAt(at(1)).build();
        Issue right = base.toBuilder().title("right").updatedAt(at(1)).build();

        assertThat(one(base, left, right).title()).isEqualTo("left");
    }

    @Test
    void labels_mergeAsSetsWithRemovals() {
        Issue left = base.toBuilder()
                .labels(List.of("keep", "drop-right", "new-left"))
                .updatedAt(at(1))
                .build();
        Issue right = base.toBuilder()
                .labels(List.of("keep", "drop-left", "new-right"))
                .updatedAt(at(2))
                .build();

        assertThat(one(base, left, right).labels()).containsExactly("keep", "new-left", "new-right");
    }

    @Test
    void dependencies_mergeAsSetsWithRemovals_byTargetAndType() {
        Dependency kept = dep("bd-k", "blocks");
        Dependency removedByRight = dep("bd-r", "blocks");
        Issue withDeps =
                base.toBuilder().dependencies(List.of(kept, removedByRight)).build();
        Issue left = withDeps.toBuilder()
                .dependencies(List.of(kept, removedByRight, dep("bd-k", "related")))
                .updatedAt(at(1))
                .build();
        Issue right = withDeps.toBuilder()
                .dependencies(List.of(kept, dep("bd-n", "blocks")))
                .updatedAt(at(2))
                .build();

        assertThat(one(withDeps, left, right).dependencies())
                .extracting(d -> d.dependsOnId().value() + ":" + d.type().name())
                .containsExactly("bd-k:blocks", "bd-k:related", "bd-n:blocks");
    }

    @Test
    void comments_areUnited_andDedupedByAuthorAndText() {
        Comment shared = new Comment(1, ID, "al", "both saw this", T0);
        Issue withComment = base.toBuilder().comments(List.of(shared)).build();
        Issue left = withComment.toBuilder()
                .comments(List.of(shared, new Comment(2, ID, "al", "left says", at(1))))
                .updatedAt(at(1))
                .build();
        Issue right = withComment.toBuilder()
                .comments(List.of(
                        new Comment(7, ID, "al", "both saw this", T0), new Comment(3, ID, "bo", "right", at(2))))
                .updatedAt(at(2))
                .build();

        assertThat(one(withComment, left, right).comments())
                .extracting(Comment::text)
                .containsExactly("both saw this", "left says", "right");
    }

    @Test
    void unknownKeys_mergeByName() {
        Issue withExtra = base.toBuilder()
                .extra(Map.of("x_a", RawJson.of("1"), "x_b", RawJson.of("2")))
                .build();
        Issue left = withExtra.toBuilder()
                .extra(Map.of("x_a", RawJson.of("10"), "x_b", RawJson.of("2"), "x_l", RawJson.of("\"l\"")))
                .updatedAt(at(1))
                .build();
        Issue right = withExtra.toBuilder()
                .extra(Map.of("x_a", RawJson.of("1")))
                .updatedAt(at(2))
                .build();

        assertThat(one(withExtra, left, right).extra())
                .isEqualTo(Map.of("x_a", RawJson.of("10"), "x_l", RawJson.of("\"l\"")));
    }

    @Test
    void statusAndCloseTime_travelTogether_soAnOpenIssueHasNoCloseTime() {
        Issue closedEarly = base.toBuilder()
                .status(Status.CLOSED)
                .closedAt(at(1))
                .updatedAt(at(1))
                .build();
        Issue startedLater =
                base.toBuilder().status(Status.IN_PROGRESS).updatedAt(at(2)).build();

        Issue merged = one(base, closedEarly, startedLater);

        assertThat(merged.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(merged.closedAt()).isNull();
    }

    @Test
    void aTombstone_winsOverALaterEdit_andKeepsTheEditsOtherFields() {
        Issue deleted = base.toBuilder()
                .status(Status.TOMBSTONE)
                .deletedAt(at(1))
                .deletedBy("al")
                .deleteReason("dup")
                .originalType("task")
                .updatedAt(at(1))
                .build();
        Issue edited = base.toBuilder()
                .notes("more")
                .status(Status.IN_PROGRESS)
                .updatedAt(at(5))
                .build();

        for (Issue merged : List.of(one(base, deleted, edited), one(base, edited, deleted))) {
            assertThat(merged.status()).isEqualTo(Status.TOMBSTONE);
            assertThat(merged.deletedAt()).isEqualTo(at(1));
            assertThat(merged.deleteReason()).isEqualTo("dup");
            assertThat(merged.notes()).isEqualTo("more");
        }
    }

    @Test
    void twoTombstones_keepTheLaterDeletion() {
        Issue first = base.toBuilder()
                .status(Status.TOMBSTONE)
                .deletedAt(at(1))
                .deletedBy("a")
                .updatedAt(at(9))
                .build();
        Issue second = base.toBuilder()
                .status(Status.TOMBSTONE)
                .deletedAt(at(2))
                .deletedBy("b")
                .updatedAt(at(3))
                .build();

        assertThat(one(base, first, second).deletedBy()).isEqualTo("b");
        assertThat(one(base, second, first).deletedBy()).isEqualTo("b");
    }

    @Test
    void anIssueRemovedOnOneSide_isGone_whenTheOtherDidNotChangeIt() {
        JsonlMerge.Merged merged = JsonlMerge.merge(doc(base), doc(), doc(base));

        assertThat(merged.issues()).isEmpty();
    }

    @Test
    void anIssueRemovedOnOneSide_isKept_whenTheOtherChangedIt() {
        Issue edited = base.toBuilder().title("edited").updatedAt(at(1)).build();

        assertThat(JsonlMerge.merge(doc(base), doc(), doc(edited)).issues()).containsExactly(edited);
        assertThat(JsonlMerge.merge(doc(base), doc(edited), doc()).issues()).containsExactly(edited);
    }

    @Test
    void anIssueAddedOnBothSides_isMergedWithoutABase() {
        Issue left = base.toBuilder()
                .title("L")
                .labels(List.of("l"))
                .updatedAt(at(1))
                .build();
        Issue right = base.toBuilder()
                .title("R")
                .labels(List.of("r"))
                .updatedAt(at(2))
                .build();

        Issue merged = JsonlMerge.merge(doc(), doc(left), doc(right)).issues().getFirst();

        assertThat(merged.title()).isEqualTo("R");
        assertThat(merged.labels()).containsExactly("l", "r");
    }

    @Test
    void anIdTwiceInOneFile_countsOnce_theLaterUpdatedAt() {
        Issue older = base.toBuilder().title("older").updatedAt(at(1)).build();
        Issue newer = base.toBuilder().title("newer").updatedAt(at(2)).build();

        assertThat(JsonlMerge.merge(doc(), doc(newer, older), doc()).issues()).containsExactly(newer);
    }

    @Test
    void recordsThatAreNotIssues_mergeAsLines_withRemovals() {
        JsonlDocument b = records("{\"_type\":\"memory\",\"k\":1}", "{\"_type\":\"memory\",\"k\":2}");
        JsonlDocument l = records("{\"_type\":\"memory\",\"k\":1}", "{\"_type\":\"memory\",\"k\":2}", "{\"l\":1}");
        JsonlDocument r = records("{\"_type\":\"memory\",\"k\":2}", "{\"r\":1}");

        assertThat(JsonlMerge.merge(b, l, r).records())
                .containsExactly("{\"_type\":\"memory\",\"k\":2}", "{\"l\":1}", "{\"r\":1}");
    }

    private static Issue one(Issue base, Issue left, Issue right) {
        List<Issue> issues = JsonlMerge.merge(doc(base), doc(left), doc(right)).issues();
        assertThat(issues).hasSize(1);
        return issues.getFirst();
    }

    private static JsonlDocument doc(Issue... issues) {
        return JsonlDocument.ofIssues(List.of(issues));
    }

    private static JsonlDocument records(String... lines) {
        List<JsonlDocument.Verbatim> records = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            records.add(new JsonlDocument.Verbatim(i + 1, lines[i]));
        }
        return new JsonlDocument(List.of(), new int[0], records);
    }

    private static Dependency dep(String to, String type) {
        return Dependency.of(ID, IssueId.of(to), DependencyType.of(type), T0, "al");
    }

    private static OffsetDateTime at(int minutes) {
        return T0.plusMinutes(minutes);
    }
}
