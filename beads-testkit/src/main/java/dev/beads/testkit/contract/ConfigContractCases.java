package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** {@code bd config} and id resolution ({@code bd show a3f8}). */
abstract class ConfigContractCases extends PortCases {

    @Test
    void aFreshWorkspace_hasThePrefixBd() {
        assertThat(config().get("issue_prefix")).contains("bd");
        assertThat(config().list()).containsEntry("issue_prefix", "bd");
    }

    @Test
    void config_setGetListUnset() {
        config().set("zeta.key", "1");
        config().set("alpha.key", "two words");

        assertThat(config().get("alpha.key")).contains("two words");
        assertThat(config().list().keySet()).containsSubsequence("alpha.key", "issue_prefix", "zeta.key");
        assertThat(config().unset("zeta.key")).isTrue();
        assertThat(config().unset("zeta.key")).isFalse();
        assertThat(config().get("zeta.key")).isEmpty();
    }

    @Test
    void config_set_overwrites() {
        config().set("k", "1");
        config().set("k", "2");

        assertThat(config().get("k")).contains("2");
    }

    @Test
    void config_withAKeyContainingSpaces_isInvalid() {
        assertThatThrownBy(() -> config().set("bad key", "v")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void resolve_acceptsTheFullIdOrTheHashPart() {
        createWithId("bd-abc1");

        assertThat(queries().resolve("bd-abc1")).isEqualTo(id("bd-abc1"));
        assertThat(queries().resolve("abc1")).isEqualTo(id("bd-abc1"));
    }

    @Test
    void resolve_acceptsAUniqueStartOfAnId_ignoringCase() {
        createWithId("bd-abc1");
        createWithId("bd-xyz9");

        assertThat(queries().resolve("xy")).isEqualTo(id("bd-xyz9"));
        assertThat(queries().resolve("bd-xy")).isEqualTo(id("bd-xyz9"));
        assertThat(queries().resolve("ABC")).isEqualTo(id("bd-abc1"));
    }

    @Test
    void resolve_ofAnAmbiguousStart_listsTheMatches() {
        createWithId("bd-abc1");
        createWithId("bd-abc2");

        assertThatThrownBy(() -> queries().resolve("abc"))
                .isInstanceOf(AmbiguousIdException.class)
                .hasMessageContaining("bd-abc1")
                .hasMessageContaining("bd-abc2");
    }

    @Test
    void resolve_ofNothingKnown_isNotFound() {
        createWithId("bd-abc1");

        assertThatThrownBy(() -> queries().resolve("zzz"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no issue found")
                .hasMessageContaining("zzz");
    }

    @Test
    void resolve_findsDeletedIssuesToo() {
        createWithId("bd-gone1");
        commands().delete(new dev.beads.core.api.DeleteIssue(id("bd-gone1"), "", ACTOR));

        assertThat(queries().resolve("gone1")).isEqualTo(id("bd-gone1"));
    }
}
