package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.IssueId;
import org.junit.jupiter.api.Test;

/** Go bd's pattern: the id alone, not inside a longer id or word; non-overlapping matches, as Go's regexp finds. */
class TextReferencesTest {
    private final TextReferences refs = new TextReferences(IssueId.of("bd-a1"));

    @Test
    void anIdStandingAlone_isReplaced_atTheStartTheEndAndBetweenPunctuation() {
        assertThat(refs.rewrite("bd-a1")).isEqualTo("[deleted:bd-a1]");
        assertThat(refs.rewrite("see bd-a1, then (bd-a1)")).isEqualTo("see [deleted:bd-a1], then ([deleted:bd-a1])");
        assertThat(refs.rewrite("line one\nbd-a1\n")).isEqualTo("line one\n[deleted:bd-a1]\n");
    }

    @Test
    void anIdInsideALongerIdOrWord_isKept() {
        assertThat(refs.rewrite("bd-a10 xbd-a1 bd-a1_x bd-a1-2 abd-a1"))
                .isEqualTo("bd-a10 xbd-a1 bd-a1_x bd-a1-2 abd-a1");
    }

    @Test
    void twoMentionsSeparatedByOneCharacter_replaceOnlyTheFirst_asGoDoes() {
        // The separator is consumed by the first match, so the second has no boundary before it (Go: same).
        assertThat(refs.rewrite("bd-a1 bd-a1")).isEqualTo("[deleted:bd-a1] bd-a1");
        assertThat(refs.rewrite("bd-a1  bd-a1")).isEqualTo("[deleted:bd-a1]  [deleted:bd-a1]");
    }

    @Test
    void regexCharactersInTheId_areLiteral() {
        TextReferences dotted = new TextReferences(IssueId.of("bd-a1.2"));

        assertThat(dotted.rewrite("bd-a1x2 bd-a1.2")).isEqualTo("bd-a1x2 [deleted:bd-a1.2]");
    }
}
