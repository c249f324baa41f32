package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.at;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.testkit.Issues;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** put then find returns an equal issue; replace semantics; comment ids. */
abstract class RoundTripCases extends RepositoryCases {

    /** Every field set, timestamps with -08:00 and nanoseconds, unknown keys in a non-alphabetical order. */
    static Issue.Builder everyField(String issueId, Status status) {
        IssueId self = id(issueId);
        Map<String, RawJson> extra = new LinkedHashMap<>();
        extra.put("zeta", RawJson.of("{\"nested\":[1,2,{\"a\":null}]}"));
        extra.put("alpha", RawJson.of("\"text with \\\"quotes\\\"\""));
        extra.put("mid", RawJson.of("42"));
        Map<String, RawJson> depExtra = new LinkedHashMap<>();
        depExtra.put("thread_id", RawJson.of("\"t-1\""));
        depExtra.put("metadata", RawJson.of("{\"k\":\"v\"}"));
        return Issue.builder()
                .id(self)
                .title("Every field <set> & \"quoted\" – ünïcode ✓")
                .description("line one\nline two\twith tab")
                .design("design text")
                .acceptanceCriteria("- [ ] it works")
                .notes("some notes")
                .status(status)
                .priority(Priority.of(0))
                .issueType(IssueType.of("molecule"))
                .assignee("alice")
                .estimatedMinutes(90)
                .createdAt(at("2025-12-25T00:59:03.667211123-08:00"))
                .createdBy("bob")
                .updatedAt(at("2025-12-26T10:11:12.5+05:30"))
                .closedAt(at("2025-12-27T01:02:03.000000001-08:00"))
                .closeReason("done")
                .externalRef("gh-123")
                .compactionLevel(2)
                .compactedAt(at("2025-12-28T00:00:00.123Z"))
                .compactedAtCommit("abc123def")
                .originalSize(4096)
                .labels(List.of("zz-last", "area:core", "P-high"))
                .dependencies(List.of(
                        new Dependency(
                                self,
                                id("bd-zz9"),
                                DependencyType.BLOCKS,
                                at("2025-12-25T01:00:00.000000007-08:00"),
                                "carol",
                                depExtra),
                        new Dependency(
                                self,
                                id("bd-aa1"),
                                DependencyType.of("supersedes"),
                                at("2025-12-24T01:00:00Z"),
                                "",
                                Map.of())))
                .comments(List.of(
                        new Comment(41, self, "dave", "first", at("2025-12-25T02:00:00.1-08:00")),
                        new Comment(42, self, "", "second\nmultiline", at("2025-12-25T03:00:00Z"))))
                .sender("mayor")
                .ephemeral(true)
                .pinned(true)
                .isTemplate(true)
                .bondedFrom(RawJson.of("{\"id\":\"bd-x\",\"type\":\"bond\"}"))
                .creator(RawJson.of("{\"name\":\"agent\",\"kind\":\"ai\"}"))
                .validations(RawJson.of("[{\"validator\":\"ci\",\"ok\":true}]"))
                .awaitType("gh:pr")
                .awaitId("gh-pr-7")
                .timeout(RawJson.of("3600000000000"))
                .waiters(RawJson.of("[\"bd-w1\",\"bd-w2\"]"))
                .sourceFormula("release.formula")
                .sourceLocation("formulas/release.toml:12")
                .extra(extra);
    }

    @Test
    void givenMinimalIssue_find_returnsAnEqualIssue() {
        Issue issue = issue("bd-1").build();
        store(issue);

        assertThat(repo().find(id("bd-1"))).contains(issue);
    }

    @Test
    void givenClosedIssueWithEveryFieldSet_find_returnsAnEqualIssue() {
        Issue issue = everyField("bd-full", Status.CLOSED).build();
        store(issue);

        assertThat(stored("bd-full")).isEqualTo(issue);
    }

    @Test
    void givenTombstoneWithEveryFieldSet_find_returnsAnEqualIssue() {
        Issue issue = everyField("bd-gone", Status.TOMBSTONE)
                .deletedAt(at("2025-12-29T09:08:07.654321-08:00"))
                .deletedBy("erin")
                .deleteReason("duplicate")
                .originalType("bug")
                .build();
        store(issue);

        assertThat(stored("bd-gone")).isEqualTo(issue);
    }

    @Test
    void givenTimestampsWithOffsetsAndNanos_find_keepsOffsetAndNanos() {
        store(issue("bd-1")
                .createdAt("2025-12-25T00:59:03.667211123-08:00")
                .updatedAt("2025-01-01T00:00:00.000000001Z"));

        Issue found = stored("bd-1");

        assertThat(found.createdAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(found.createdAt().getNano()).isEqualTo(667_211_123);
        assertThat(found.updatedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(found.updatedAt().getNano()).isEqualTo(1);
    }

    @Test
    void givenUnknownKeys_find_keepsTheirOrder() {
        store(issue("bd-1").extra("zulu", "1").extra("alpha", "[]").extra("mike", "{\"a\":1}"));

        assertThat(stored("bd-1").extra().keySet()).containsExactly("zulu", "alpha", "mike");
    }

    @Test
    void givenDependenciesInNoParticularOrder_find_keepsTheGivenOrder() {
        Issue issue = issue("bd-1")
                .dependency(Issues.dependency("bd-1", "bd-9", DependencyType.BLOCKS, T0.plusHours(2)))
                .dependency(Issues.dependency("bd-1", "bd-2", DependencyType.RELATED, T0.plusHours(1)))
                .dependency(Issues.dependency("bd-1", "bd-5", DependencyType.BLOCKS, T0.plusHours(3)))
                .build();
        store(issue);

        assertThat(stored("bd-1").dependencies()).containsExactlyElementsOf(issue.dependencies());
    }

    @Test
    void givenCommentsWithExplicitIdsOutOfIdOrder_find_keepsIdsAndGivenOrder() {
        Issue issue = issue("bd-1")
                .comment(Issues.comment(7, "bd-1", "a", "seventh", T0))
                .comment(Issues.comment(3, "bd-1", "b", "third", T0.plusMinutes(1)))
                .build();
        store(issue);

        assertThat(stored("bd-1").comments()).containsExactlyElementsOf(issue.comments());
    }

    @Test
    void givenCommentsWithIdZero_put_assignsPositiveIncreasingIds() {
        store(issue("bd-1").comment("one").comment("two"));

        List<Comment> comments = stored("bd-1").comments();

        assertThat(comments).extracting(Comment::text).containsExactly("one", "two");
        assertThat(comments.get(0).id()).isPositive();
        assertThat(comments.get(1).id()).isGreaterThan(comments.get(0).id());
        assertThat(comments).allSatisfy(c -> assertThat(c.issueId()).isEqualTo(id("bd-1")));
    }

    @Test
    void freshCommentIds_areGreaterThanEveryIdUsedBefore_inTheWholeStore() {
        store(issue("bd-1").comment(Issues.comment(10, "bd-1", "a", "explicit", T0)));
        store(issue("bd-2").comment("fresh"));

        assertThat(stored("bd-2").comments().get(0).id()).isGreaterThan(10);
    }

    @Test
    void freshCommentIds_areNeverReused_afterTheirCommentsAreReplacedAway() {
        store(issue("bd-1").comment("a").comment("b"));
        long highest = stored("bd-1").comments().get(1).id();
        update(issue("bd-1").title("no comments now").build());

        store(issue("bd-2").comment("later"));

        assertThat(stored("bd-1").comments()).isEmpty();
        assertThat(stored("bd-2").comments().get(0).id()).isGreaterThan(highest);
    }

    @Test
    void explicitAndFreshCommentsInOnePut_keepExplicitIds_andGetUniqueFreshOnes() {
        store(issue("bd-1")
                .comment(Issues.comment(5, "bd-1", "a", "explicit", T0))
                .comment("fresh"));

        List<Comment> comments = stored("bd-1").comments();

        assertThat(comments).extracting(Comment::text).containsExactly("explicit", "fresh");
        assertThat(comments.get(0).id()).isEqualTo(5);
        assertThat(comments.get(1).id()).isGreaterThan(5);
    }

    @Test
    void givenStoredComments_putAgainWithThemAndANewOne_keepsOldIdsAndAddsAFreshId() {
        store(issue("bd-1").comment("old"));
        Issue first = stored("bd-1");
        Comment old = first.comments().get(0);

        update(first.plusComment(Issues.comment("bd-1", "new"), T0.plusHours(1)));

        List<Comment> comments = stored("bd-1").comments();
        assertThat(comments).extracting(Comment::text).containsExactly("old", "new");
        assertThat(comments.get(0)).isEqualTo(old);
        assertThat(comments.get(1).id()).isGreaterThan(old.id());
    }

    @Test
    void insideTheWrite_findSeesTheAssignedCommentIds() {
        Issue issue = issue("bd-1").comment("hello").build();

        long seen = repo().write(w -> {
            w.put(issue, Issues.createdEvent(issue));
            return w.find(id("bd-1")).orElseThrow().comments().get(0).id();
        });

        assertThat(seen).isPositive().isEqualTo(stored("bd-1").comments().get(0).id());
    }

    @Test
    void putOnAnExistingId_replacesTheIssueWhole() {
        store(issue("bd-1")
                .title("before")
                .labels("a", "b")
                .blockedBy("bd-9")
                .comment(Issues.comment(3, "bd-1", "x", "gone soon", T0))
                .extra("k", "1"));
        Issue replacement = issue("bd-1")
                .title("after")
                .labels("c")
                .childOf("bd-8")
                .updatedAt(T0.plusHours(1))
                .build();

        update(replacement);

        assertThat(stored("bd-1")).isEqualTo(replacement);
        assertThat(repo().dependents(id("bd-9"))).isEmpty();
        assertThat(repo().labelCounts())
                .extracting(dev.beads.core.model.LabelCount::label)
                .containsExactly("c");
    }

    @Test
    void textWithSpecialCharacters_roundTrips() {
        Issue issue = issue("bd-1")
                .title("Émoji 🚀 <b>bold</b> & 'single' \"double\" \\ back")
                .description("tabs\tand\r\nCRLF and \u00a0 nbsp, \u2028 line separator")
                .notes("%_ like wildcards %_")
                .build();
        store(issue);

        assertThat(stored("bd-1")).isEqualTo(issue);
    }

    @Test
    void find_givenUnknownId_isEmpty() {
        store(issue("bd-1"));

        assertThat(repo().find(id("bd-2"))).isEmpty();
        assertThat(repo().exists(id("bd-2"))).isFalse();
        assertThat(repo().exists(id("bd-1"))).isTrue();
    }

    @Test
    void exists_isTrueForTombstones() {
        store(Issues.aTombstone("bd-1"));

        assertThat(repo().exists(id("bd-1"))).isTrue();
        assertThat(repo().find(id("bd-1")).map(Issue::status)).contains(Status.TOMBSTONE);
    }

    @Test
    void findAll_returnsThoseThatExist_eachOnce_inIdOrder_complete() {
        store(issue("bd-3").labels("x"), issue("bd-1").blockedBy("bd-3"), Issues.aTombstone("bd-2"));

        List<Issue> found = repo().findAll(List.of(id("bd-3"), id("bd-missing"), id("bd-1"), id("bd-2"), id("bd-3")));

        assertThat(ids(found)).containsExactly("bd-1", "bd-2", "bd-3");
        assertThat(found).containsExactly(stored("bd-1"), stored("bd-2"), stored("bd-3"));
        assertThat(found.get(2).labels()).containsExactly("x");
    }

    @Test
    void all_returnsEveryIssueIncludingTombstones_inIdOrder_complete() {
        Issue b = issue("bd-b")
                .labels("l")
                .blockedBy("bd-a")
                .comment(Issues.comment(1, "bd-b", "x", "c", T0))
                .build();
        Issue a = issue("bd-a").build();
        Issue gone = Issues.aTombstone("bd-0").build();
        store(b, gone, a);

        assertThat(repo().all()).containsExactly(gone, a, b);
    }

    @Test
    void list_returnsCompleteIssues() {
        Issue issue = everyField("bd-1", Status.OPEN).closedAt(null).build();
        store(issue);

        assertThat(repo().list(IssueFilter.ALL)).containsExactly(issue);
    }

    /** Records that are not issues: replaced whole, read back verbatim in order, inside the write and after. */
    @Test
    void replaceRecords_thenRecords_givesThemBackVerbatimInOrder() {
        String memory = "{\"_type\":\"memory\",\"key\":\"k\",\"value\" : \"<&>\"}";
        List<String> inside = repo().write(w -> {
            w.replaceRecords(List.of(memory, "{\"x\":1}"));
            return w.records();
        });

        assertThat(inside).containsExactly(memory, "{\"x\":1}");
        assertThat(repo().records()).containsExactly(memory, "{\"x\":1}");

        repo().write(w -> {
            w.replaceRecords(List.of("{\"y\":2}"));
            return null;
        });
        assertThat(repo().records()).containsExactly("{\"y\":2}");
    }

    /** A comment's id from a file is kept beside its storage key, which the store assigns (ids may repeat). */
    @Test
    void commentsWithTheSameFileId_areStoredUnderKeysOfTheirOwn_keepingTheFileId() {
        IssueId a = id("bd-a");
        Comment first = new Comment(0, a, "ann", "x", T0, RawJson.of("1"));
        Comment second = new Comment(0, a, "bob", "y", T0, RawJson.of("\"3f1c-uuid\""));
        Comment third = new Comment(0, a, "cid", "z", T0, RawJson.of("1"));
        Issue issue = Issues.anIssue("bd-a").build().toBuilder()
                .comments(List.of(first, second, third))
                .build();

        store(issue);

        List<Comment> stored = repo().find(a).orElseThrow().comments();
        assertThat(stored)
                .extracting(Comment::originalId)
                .containsExactly(RawJson.of("1"), RawJson.of("\"3f1c-uuid\""), RawJson.of("1"));
        assertThat(stored).extracting(Comment::id).doesNotContain(0L).doesNotHaveDuplicates();
    }

    @Test
    void close_isIdempotent_andTheClosedStoreRefusesReadsAndWrites() {
        store(issue("bd-1"));

        repo().close();
        repo().close();

        assertThatThrownBy(() -> repo().find(id("bd-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store(issue("bd-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
