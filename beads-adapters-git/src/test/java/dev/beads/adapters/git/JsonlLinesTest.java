package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.testkit.gen.Gen;
import dev.beads.testkit.gen.SeededTest;
import dev.beads.testkit.gen.Seeds;
import dev.beads.testkit.gen.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlLinesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "<<<<<<< HEAD;true",
                "<<<<<<<;true",
                "=======;true",
                "`=======\r`;true",
                ">>>>>>> origin/main;true",
                "||||||| base;true",
                "<<<<<<<< HEAD;false",
                "======= x;false",
                "<<<<<< HEAD;false",
                "`{\"id\":\"bd-1\"}`;false"
            })
    void isConflictMarker_recognisesGitMarkerLines(String line, boolean expected) {
        byte[] data = ("x\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        int end = JsonlLines.endOfLine(data, 2);
        assertThat(JsonlLines.isConflictMarker(data, 2, end)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            nullValues = "null",
            value = {
                "`{\"id\":\"bd-1\",\"title\":\"x\"}`;bd-1",
                "`{\"id\":\"bd-a3f8.1\"}`;bd-a3f8.1",
                "`{\"id\":\"bd-1\",never parsed`;bd-1",
                "`{\"id\":\"bd-\\u003c\",\"title\":\"x\"}`;null",
                "`{\"id\":\"café\",\"title\":\"x\"}`;null",
                "`{\"id\":\"\",\"title\":\"x\"}`;null",
                "`{\"id\":\"bd-1\" ,\"title\":\"x\"}`;null",
                "`{\"id\":\"bd-1`;null",
                "`{\"id\": \"bd-1\"}`;null",
                "`{\"title\":\"x\",\"id\":\"bd-1\"}`;null",
                "`{\"id\":1}`;null",
                "<<<<<<< HEAD;null"
            })
    void leadingId_readsOnlyAnIdThatStartsTheLineUnescaped(String line, String expected) {
        byte[] data = ("x\n" + line + "\nmore").getBytes(StandardCharsets.UTF_8);
        int end = JsonlLines.endOfLine(data, 2);
        assertThat(JsonlLines.leadingId(data, 2, end)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {"``;true", "`  \t\r`;true", "` x `;false", "`\f`;false"})
    void isBlank_isTrueForJsonWhitespaceOnly(String line, boolean expected) {
        byte[] data = line.getBytes(StandardCharsets.UTF_8);
        assertThat(JsonlLines.isBlank(data, 0, data.length)).isEqualTo(expected);
    }

    /** Code points that straddle the places where UTF-16 and UTF-8 order differ. */
    private static final int[] ALPHABET = {
        'a', 'b', '-', 0xe9, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff
    };

    record Pair(String a, String b) {}

    @SeededTest(tries = 2000)
    void compareUtf8_ordersLikeUtf8Bytes(long seed) {
        Seeds.check(seed, JsonlLinesTest::pair, pair -> {
            int expected = Arrays.compareUnsigned(
                    pair.a().getBytes(StandardCharsets.UTF_8), pair.b().getBytes(StandardCharsets.UTF_8));
            assertThat(Integer.signum(JsonlLines.compareUtf8(pair.a(), pair.b())))
                    .isEqualTo(Integer.signum(expected));
        });
    }

    /** Two strings of up to 5 code points over {@link #ALPHABET} (both empty, both of 5, for the edge seeds). */
    private static Pair pair(Gen gen) {
        return new Pair(Texts.ofCodePoints(gen, ALPHABET, 5), Texts.ofCodePoints(gen, ALPHABET, 5));
    }
}
