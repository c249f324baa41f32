package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;
import dev.beads.core.port.IssueWriter.Change;
import dev.beads.testkit.Issues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the streamed import and export rest on: issues handed over one at a time in the JSONL's order, bulk stores
 * finished once, and the bookkeeping a writer does inside its transaction.
 */
abstract class BulkCases extends RepositoryCases {

    private List<String> streamed() {
        List<String> ids = new ArrayList<>();
        repo().forEachIssue(issue -> ids.add(issue.id().value()));
        return ids;
    }

    private static Change created(Issue issue) {
        return new Change(issue, Issues.createdEvent(issue));
    }

    @Test
    void forEachIssue_handsOverEveryIssue_tombstonesToo_inUtf8ByteOrder() {
        // "bd-\uffff" sorts before "bd-\ud83d\ude00" (U+1F600) in UTF-8, after it in UTF-16.
        store(issue("bd-b"), Issues.aTombstone("bd-a"), issue("bd-\ud83d\ude00"), issue("bd-\uffff"), issue("bd-c"));

        assertThat(streamed()).containsExactly("bd-a", "bd-b", "bd-c", "bd-\uffff", "bd-\ud83d\ude00");
    }

    @Test
    void forEachIssue_givesEachIssueComplete_asFind() {
        List<Issue> many = new ArrayList<>();
        for (int i = 0; i < 2503; i++) {
            many.add(issue(String.format("bd-%05d", i)).labels("l" + (i % 3)).build());
        }
        many.set(
                1200,
                issue("bd-01200")
                        .labels("x")
                        .comment("hi")
                        .blockedBy("bd-00003")
                        .build());
        store(many.toArray(Issue[]::new));

        List<Issue> seen = new ArrayList<>();
        repo().forEachIssue(seen::add);

        assertThat(seen).hasSize(2503);
        assertThat(seen.get(1200)).isEqualTo(stored("bd-01200"));
        assertThat(seen.get(2502)).isEqualTo(stored("bd-02502"));
    }

    @Test
    void insideAWrite_theWriterStreamsCountsAndKeepsBooksOfItsOwnWrites() {
        store(issue("bd-1"));
        repo().clearDirty(List.of(id("bd-1")));

        repo().write(w -> {
            w.put(issue("bd-2").build(), Issues.createdEvent(issue("bd-2").build()));
            List<String> ids = new ArrayList<>();
            w.forEachIssue(i -> ids.add(i.id().value()));
            assertThat(ids).containsExactly("bd-1", "bd-2");
            assertThat(w.count()).isEqualTo(2);
            assertThat(w.dirtyIds()).containsExactly(id("bd-2"));
            w.clearDirty(List.of(id("bd-2")));
            assertThat(w.dirtyIds()).isEmpty();
            w.setMetadata(Map.of("k1", "v1", "k2", "v2"));
            return null;
        });

        assertThat(repo().dirtyIds()).isEmpty();
        assertThat(repo().metadata("k1")).contains("v1");
        assertThat(repo().metadata("k2")).contains("v2");
    }

    @Test
    void theWritersBookkeeping_isRolledBackWithItsWrite() {
        store(issue("bd-1"));
        RuntimeException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> repo().write(w -> {
                    w.clearDirty(List.of(id("bd-1")));
                    w.setMetadata(Map.of("k", "v"));
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(repo().dirtyIds()).containsExactly(id("bd-1"));
        assertThat(repo().metadata("k")).isEmpty();
    }

    @Test
    void aBulkStoreInSeveralPuts_onceFinished_answersReadyAndBlockedAsOnePutAll() {
        store(issue("bd-0"));
        repo().write(w -> {
            IssueWriter.Bulk bulk = w.bulk();
            bulk.put(List.of(
                    created(issue("bd-1").blockedBy("bd-0").build()),
                    created(issue("bd-2").build())));
            bulk.put(List.of(created(issue("bd-3").childOf("bd-1").build())));
            bulk.put(List.of(created(issue("bd-0").title("stored again").build())));
            bulk.finish();
            return null;
        });

        assertThat(readyIds(work(), Issues.T0.plusDays(1))).containsExactlyInAnyOrder("bd-0", "bd-2");
        assertThat(repo().blocked(work()).stream().map(b -> b.issue().id().value()))
                .containsExactlyInAnyOrder("bd-1", "bd-3");
        assertThat(repo().dirtyIds()).containsExactly(id("bd-0"), id("bd-1"), id("bd-2"), id("bd-3"));
        assertThat(stored("bd-0").title()).isEqualTo("stored again");
        assertThat(repo().events(IssueId.of("bd-0"))).hasSize(2);
    }
}
