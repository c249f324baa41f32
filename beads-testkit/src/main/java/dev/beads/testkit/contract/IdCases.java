package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.testkit.Issues;
import org.junit.jupiter.api.Test;

/** idsContaining() for partial-id resolution, countTopLevel() for adaptive id length. */
abstract class IdCases extends RepositoryCases {

    @Test
    void idsContaining_isACaseInsensitiveSubstring_inIdOrder_tombstonesIncluded() {
        store(
                issue("bd-a3f8"),
                issue("bd-a3f8.1"),
                Issues.aTombstone("bd-0a3f"),
                issue("ops-A3F"),
                issue("bd-b123").title("a3f in the title"));

        assertThat(values(repo().idsContaining("A3F", 10)))
                .containsExactly("bd-0a3f", "bd-a3f8", "bd-a3f8.1", "ops-A3F");
    }

    @Test
    void idsContaining_stopsAtTheLimit() {
        store(issue("bd-a1"), issue("bd-a2"), issue("bd-a3"));

        assertThat(values(repo().idsContaining("a", 2))).containsExactly("bd-a1", "bd-a2");
    }

    @Test
    void idsContaining_matchesWildcardsLiterally() {
        store(issue("bd-a_b"), issue("bd-axb"), issue("bd-100%"));

        assertThat(values(repo().idsContaining("_", 10))).containsExactly("bd-a_b");
        assertThat(values(repo().idsContaining("%", 10))).containsExactly("bd-100%");
    }

    @Test
    void countTopLevel_countsPrefixedIdsWithoutAChildSuffix_tombstonesIncluded() {
        store(
                issue("bd-a"),
                issue("bd-b"),
                issue("bd-a.1"),
                issue("bd-a.1.2"),
                Issues.aTombstone("bd-c"),
                issue("ops-x"),
                issue("bdx-1"));

        assertThat(repo().countTopLevel("bd")).isEqualTo(3);
        assertThat(repo().countTopLevel("ops")).isEqualTo(1);
        assertThat(repo().countTopLevel("none")).isZero();
    }

    @Test
    void countTopLevel_handlesPrefixesWithHyphens() {
        store(issue("my-proj-abc"), issue("my-proj-abc.1"), issue("my-proj-def"));

        assertThat(repo().countTopLevel("my-proj")).isEqualTo(2);
    }
}
