package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration (written in transactions) and metadata (its own small transactions). */
abstract class ConfigCases extends RepositoryCases {

    private void setConfig(String key, String value) {
        repo().write(w -> {
            w.setConfig(key, value);
            return null;
        });
    }

    @Test
    void aFreshStore_hasNoConfigAndNoMetadata() {
        assertThat(repo().configs()).isEmpty();
        assertThat(repo().config("issue_prefix")).isEmpty();
        assertThat(repo().metadata("last_import_hash")).isEmpty();
    }

    @Test
    void setConfig_isReadBack() {
        setConfig("issue_prefix", "bd");

        assertThat(repo().config("issue_prefix")).contains("bd");
        assertThat(repo().config("other")).isEmpty();
    }

    @Test
    void setConfig_overwrites() {
        setConfig("issue_prefix", "bd");
        setConfig("issue_prefix", "ops");

        assertThat(repo().config("issue_prefix")).contains("ops");
        assertThat(repo().configs()).hasSize(1);
    }

    @Test
    void configs_areSortedByKey() {
        setConfig("zeta", "1");
        setConfig("alpha", "2");
        setConfig("status.custom", "review,qa");

        assertThat(repo().configs().keySet()).containsExactly("alpha", "status.custom", "zeta");
        assertThat(repo().configs()).containsEntry("status.custom", "review,qa");
    }

    @Test
    void unsetConfig_removesTheKey_andSaysWhetherItWasThere() {
        setConfig("k", "v");

        boolean first = repo().write(w -> w.unsetConfig("k"));
        boolean second = repo().write(w -> w.unsetConfig("k"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(repo().config("k")).isEmpty();
    }

    @Test
    void configValues_keepTheirText() {
        String value = "  spaced, ünïcode ✓\nsecond line  ";
        setConfig("k", value);
        setConfig("empty", "");

        assertThat(repo().configs()).containsExactly(Map.entry("empty", ""), Map.entry("k", value));
    }

    @Test
    void setMetadata_outsideAWrite_isReadBackAndOverwritten() {
        repo().setMetadata("last_import_hash", "abc");
        assertThat(repo().metadata("last_import_hash")).contains("abc");

        repo().setMetadata("last_import_hash", "def");
        assertThat(repo().metadata("last_import_hash")).contains("def");
    }

    @Test
    void setMetadata_ofSeveralValues_setsAndOverwritesEachOfThem() {
        repo().setMetadata("a", "old");
        repo().setMetadata(java.util.Map.of("a", "1", "b", "2"));
        assertThat(repo().metadata("a")).contains("1");
        assertThat(repo().metadata("b")).contains("2");
    }

    @Test
    void metadataAndConfig_areSeparate() {
        repo().setMetadata("shared", "meta");
        setConfig("shared", "conf");

        assertThat(repo().metadata("shared")).contains("meta");
        assertThat(repo().config("shared")).contains("conf");
        assertThat(repo().configs()).containsOnlyKeys("shared");
        assertThat(repo().metadata("other")).isEmpty();
    }
}
