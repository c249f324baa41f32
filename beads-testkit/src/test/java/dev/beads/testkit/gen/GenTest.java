package dev.beads.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GenTest {
    @Test
    void seedZero_takesEveryLowerBound_seedOne_everyUpperBound() {
        Gen smallest = Gen.of(0);
        Gen largest = Gen.of(1);

        assertThat(smallest.between(3, 8)).isEqualTo(3);
        assertThat(largest.between(3, 8)).isEqualTo(8);
        assertThat(smallest.between(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(largest.between(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(smallest.present()).isFalse();
        assertThat(largest.present()).isTrue();
        assertThat(Texts.tricky(smallest, 20)).isEmpty();
        String longest = Texts.tricky(largest, 20);
        assertThat(longest.codePointCount(0, longest.length())).isEqualTo(20);
        assertThat(smallest.list(5, () -> "x")).isEmpty();
        assertThat(largest.list(5, () -> "x")).hasSize(5);
    }

    @Test
    void randomSeeds_coverTheWholeRange_fullLongRangeIncluded() {
        boolean sawMin = false;
        boolean sawMax = false;
        boolean sawNegative = false;
        for (long seed = 2; seed < 200; seed++) {
            Gen gen = Gen.of(seed);
            int value = gen.between(0, 2);
            sawMin |= value == 0;
            sawMax |= value == 2;
            sawNegative |= gen.between(Long.MIN_VALUE, Long.MAX_VALUE) < 0;
        }
        assertThat(sawMin && sawMax && sawNegative).isTrue();
    }

    @Test
    void times_edgeShapes_areTheBoundsAtTheExtremeOffsets() {
        OffsetDateTime smallest = Times.between(Gen.of(0), 0, 100, 14 * 60);
        OffsetDateTime largest = Times.between(Gen.of(1), 0, 100, 14 * 60);

        assertThat(smallest.toEpochSecond()).isZero();
        assertThat(smallest.getNano()).isZero();
        assertThat(smallest.getOffset()).isEqualTo(ZoneOffset.ofHours(-14));
        assertThat(largest.toEpochSecond()).isEqualTo(100);
        assertThat(largest.getNano()).isEqualTo(999_999_999);
        assertThat(largest.getOffset()).isEqualTo(ZoneOffset.ofHours(14));
    }

    @Test
    void json_quote_escapesAsGoDoes() {
        assertThat(Json.quote("\"\\\n\r\t\b\f\u0000\u001f<>&\u2028\u2029\u007fé😀"))
                .isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f\\u003c\\u003e\\u0026\\u2028\\u2029\u007fé😀\"");
    }

    @Test
    void texts_anyChars_includesLoneSurrogates_tricky_never() {
        boolean lone = false;
        for (long seed = 2; seed < 50; seed++) {
            String any = Texts.anyChars(Gen.of(seed), 255);
            for (int i = 0; i < any.length(); i++) {
                lone |= Character.isSurrogate(any.charAt(i))
                        && !Character.isSurrogatePair(at(any, i), at(any, i + 1))
                        && !Character.isSurrogatePair(at(any, i - 1), at(any, i));
            }
            String tricky = Texts.tricky(Gen.of(seed), 255);
            assertThat(tricky.codePoints().filter(cp -> cp >= 0xd800 && cp <= 0xdfff))
                    .isEmpty();
        }
        assertThat(lone).isTrue();
    }

    private static char at(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : 'x';
    }
}
