package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.Seeded;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdLengthTest {

    @ParameterizedTest(name = "{0} top-level issues -> {1} characters")
    @CsvSource({
        "0, 3",
        "1, 3",
        "163, 3",
        "164, 4",
        "983, 4",
        "984, 5",
        "5898, 5",
        "5899, 6",
        "35389, 6",
        "35390, 7",
        "212330, 7",
        "212339, 7",
        "212340, 8",
        "1274035, 8",
        "100000000, 8"
    })
    void forCount_picksTheShortestLengthWithCollisionProbabilityAtMostAQuarter(int count, int length) {
        assertThat(IdLength.forCount(count)).isEqualTo(length);
    }

    @Test
    void collisionProbability_justBelowAndAboveTheThreshold() {
        assertThat(IdLength.collisionProbability(163, 3)).isLessThanOrEqualTo(0.25);
        assertThat(IdLength.collisionProbability(164, 3)).isGreaterThan(0.25);
        assertThat(IdLength.collisionProbability(0, 3)).isZero();
    }

    @Test
    void forCount_rejectsNegativeCounts() {
        assertThatThrownBy(() -> IdLength.forCount(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return Seeded.seeds(1000);
    }

    /** Counts from 0 to 2,000,000 (seed 0 the first, seed 1 the last). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forCount_neverShrinksAsTheWorkspaceGrows(long seed) {
        Seeded.check(seed, source -> source.between(0, 2_000_000), count -> {
            int length = IdLength.forCount(count);
            assertThat(length).isBetween(3, 8);
            assertThat(IdLength.forCount(count + 1)).isGreaterThanOrEqualTo(length);
        });
    }
}
