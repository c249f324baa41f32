package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.Seeded;
import dev.beads.core.model.IssueId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HashIdGeneratorTest {
    /** 2025-01-02T03:04:05.123456789Z = 1735787045123456789 ns since the epoch. */
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_789, ZoneOffset.UTC);

    private final HashIdGenerator generator = new HashIdGenerator();

    /**
     * Expected values computed independently (Python hashlib) with Go bd's algorithm: SHA-256 of
     * "Fix login|It fails|alice|1735787045123456789|nonce", first 2/3/4/4/5/5 bytes, base36, last L digits.
     */
    @ParameterizedTest(name = "length {0}, nonce {1} -> {2}")
    @CsvSource({
        "3, 0, bd-0u7", "4, 0, bd-5yrg", "5, 0, bd-6f7cs", "6, 0, bd-16f7cs", "7, 0, bd-8do4avd", "8, 0, bd-08do4avd",
        "3, 1, bd-b7l", "4, 1, bd-bpy6", "5, 1, bd-bcizu", "6, 1, bd-ubcizu", "7, 1, bd-3kp32z9", "8, 1, bd-d3kp32z9"
    })
    void propose_matchesGoBdHashIds(int length, int nonce, String expected) {
        assertThat(generator.propose("bd", "Fix login", "It fails", "alice", AT, nonce, length))
                .isEqualTo(IssueId.of(expected));
    }

    @Test
    void propose_usesTheInstantNotTheOffset() {
        OffsetDateTime sameInstant = AT.withOffsetSameInstant(ZoneOffset.ofHours(-8));
        assertThat(generator.propose("bd", "Fix login", "It fails", "alice", sameInstant, 0, 3))
                .isEqualTo(IssueId.of("bd-0u7"));
    }

    @Test
    void propose_dependsOnEveryInput() {
        IssueId base = generator.propose("bd", "t", "d", "a", AT, 0, 8);
        assertThat(generator.propose("bd", "t2", "d", "a", AT, 0, 8)).isNotEqualTo(base);
        assertThat(generator.propose("bd", "t", "d2", "a", AT, 0, 8)).isNotEqualTo(base);
        assertThat(generator.propose("bd", "t", "d", "a2", AT, 0, 8)).isNotEqualTo(base);
        assertThat(generator.propose("bd", "t", "d", "a", AT.plusNanos(1), 0, 8))
                .isNotEqualTo(base);
        assertThat(generator.propose("bd", "t", "d", "a", AT, 1, 8)).isNotEqualTo(base);
        assertThat(generator.propose("xy", "t", "d", "a", AT, 0, 8).value()).isEqualTo("xy-" + base.localPart());
    }

    @Test
    void propose_rejectsLengthsOutsideThreeToEight() {
        assertThatThrownBy(() -> generator.propose("bd", "t", "", "", AT, 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.propose("bd", "t", "", "", AT, 0, 9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base36_padsWithZerosAndKeepsTheLastDigits() {
        assertThat(HashIdGenerator.base36(new byte[] {0, 0}, 3)).isEqualTo("000");
        assertThat(HashIdGenerator.base36(new byte[] {0, 35}, 3)).isEqualTo("00z");
        assertThat(HashIdGenerator.base36(new byte[] {0, 36}, 3)).isEqualTo("010");
        // 0xFFFF = 65535 = "1ekf" in base36: four digits, the last three kept.
        assertThat(HashIdGenerator.base36(new byte[] {(byte) 0xFF, (byte) 0xFF}, 3))
                .isEqualTo("ekf");
    }

    private static final String SPECIAL = "\"\\\n\t\u0000\u007f<>&\u2028\ufffd";

    /** A title (any Java string), a length and a nonce. */
    record Input(String title, int length, int nonce) {}

    static LongStream seeds() {
        return Seeded.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void propose_alwaysGivesLowercaseBase36OfTheRequestedLength(long seed) {
        Seeded.check(seed, HashIdGeneratorTest::input, input -> {
            IssueId id = generator.propose("bd", input.title(), "", "actor", AT, input.nonce(), input.length());
            assertThat(id.value()).matches("bd-[0-9a-z]{" + input.length() + "}");
        });
    }

    /**
     * Titles of up to 255 UTF-16 chars, any of them: BMP characters with lone surrogates and noncharacters, quotes,
     * controls and supplementary code points (what hashing as UTF-8 must survive). Seed 0: the empty title, length
     * 3, nonce 0; seed 1: 255 chars, length 8, nonce 9.
     */
    private static Input input(Seeded.Source source) {
        var random = source.random();
        int n = source.between(0, 255);
        StringBuilder title = new StringBuilder();
        while (title.length() < n) {
            switch (random.nextInt(4)) {
                case 0, 1 -> title.append((char) random.nextInt(0x10000));
                case 2 -> title.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                default -> title.appendCodePoint(random.nextInt(0x10000, 0x110000));
            }
        }
        return new Input(title.toString(), source.between(3, 8), source.between(0, 9));
    }
}
