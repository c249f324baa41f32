package dev.beads.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void seeds_areTheEdgeShapesThenConsecutiveSeeds() {
        assertThat(Seeds.seeds(5)).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void givenTheSeedProperty_seeds_isThatSeedAlone() {
        String before = System.getProperty(Seeds.SEED);
        System.setProperty(Seeds.SEED, "417");
        try {
            assertThat(Seeds.seeds(1000)).containsExactly(417L);
        } finally {
            restore(Seeds.SEED, before);
        }
    }

    @Test
    void givenAStart_seeds_movesTheRandomOnes() {
        String before = System.getProperty(Seeds.START);
        System.setProperty(Seeds.START, "100");
        try {
            assertThat(Seeds.seeds(4)).containsExactly(0L, 1L, 100L, 101L);
        } finally {
            restore(Seeds.START, before);
        }
    }

    @Test
    void givenAFailingCase_check_namesTheSeedAndPrintsTheCaseVisibly() {
        assertThatThrownBy(() -> Seeds.check(
                        42, gen -> "a\u0000b\\", text -> assertThat(text).isEmpty()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("property failed for seed 42 (random); -Dbeads.seed=42 runs this seed alone.")
                .hasMessageEndingWith("Case: a\\u0000b\\\\")
                .cause()
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void givenAFailingGenerator_check_namesTheSeed() {
        assertThatThrownBy(() -> Seeds.check(0, gen -> gen.pick(new String[0]), text -> {}))
                .isInstanceOf(AssertionError.class)
                .hasMessage("generator failed for seed 0 (smallest)");
    }

    @Test
    void sameSeed_sameCase() {
        assertThat(new RandomIssues(Gen.of(7)).issues(8))
                .isEqualTo(new RandomIssues(Gen.of(7)).issues(8))
                .isNotEqualTo(new RandomIssues(Gen.of(8)).issues(8));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
