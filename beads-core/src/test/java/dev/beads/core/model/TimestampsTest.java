package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.Seeded;
import dev.beads.core.error.InvalidInputException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Timestamps} with its fast path agrees with {@code java.time}'s definition of Go's RFC3339Nano (the
 * formatter below) and with the ISO parser.
 */
class TimestampsTest {
    private static final DateTimeFormatter GO_RFC3339_NANO = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private static final long FIRST_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final int MAX_OFFSET_MINUTES = 18 * 60;

    static LongStream seeds3000() {
        return Seeded.seeds(3000);
    }

    static LongStream seeds1000() {
        return Seeded.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds3000")
    void formatAgreesWithTimestampsAndParsesBack(long seed) {
        Seeded.check(seed, TimestampsTest::time, time -> {
            String text = Timestamps.format(time);
            assertThat(text).isEqualTo(GO_RFC3339_NANO.format(time));
            assertThat(Timestamps.parse(text)).isEqualTo(time);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds1000")
    void parseAgreesWithTimestampsOnPaddedFractions(long seed) {
        Seeded.check(seed, TimestampsTest::time, time -> {
            String padded = Timestamps.format(time.withNano(time.getNano() / 1000 * 1000))
                    .replaceFirst("(:\\d\\d)(Z|[+-])", "$1.000$2");
            assertThat(Timestamps.parse(padded))
                    .isEqualTo(OffsetDateTime.parse(padded, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        });
    }

    /**
     * Any local time of the years 0 to 9999 (what RFC 3339 can write), with no fraction, milliseconds,
     * microseconds or nanoseconds, at UTC or a whole-minute offset within ±18:00 (all {@link ZoneOffset} allows).
     * Seed 0 is the first second of year 0 at -18:00, seed 1 the last nanosecond of 9999 at +18:00.
     */
    private static OffsetDateTime time(Seeded.Source source) {
        var random = source.random();
        long second = source.smallest()
                ? FIRST_SECOND
                : source.largest() ? LAST_SECOND : random.nextLong(FIRST_SECOND, LAST_SECOND + 1);
        int nanos = source.smallest()
                ? 0
                : source.largest()
                        ? 999_999_999
                        : switch (random.nextInt(4)) {
                            case 0 -> 0;
                            case 1 -> random.nextInt(1000) * 1_000_000;
                            case 2 -> random.nextInt(1_000_000) * 1000;
                            default -> random.nextInt(1_000_000_000);
                        };
        ZoneOffset offset = !source.smallest() && !source.largest() && random.nextBoolean()
                ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(60 * source.between(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES));
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, nanos, ZoneOffset.UTC), offset);
    }

    @Test
    void givenGoShapes_parse_keepsOffsetAndNanos() {
        assertThat(Timestamps.parse("2025-12-25T00:59:03.667211-08:00"))
                .isEqualTo(OffsetDateTime.of(2025, 12, 25, 0, 59, 3, 667_211_000, ZoneOffset.ofHours(-8)));
        assertThat(Timestamps.parse("2025-12-26T23:20:20Z"))
                .isEqualTo(OffsetDateTime.of(2025, 12, 26, 23, 20, 20, 0, ZoneOffset.UTC));
        assertThat(Timestamps.parse("2025-01-01T00:00:00+00:00")).isEqualTo(Timestamps.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void givenValuesOutsideRfc3339_format_writesIsoThatParsesBackExactly() {
        OffsetDateTime oddOffset = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3661));
        OffsetDateTime farFuture = OffsetDateTime.of(12025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        assertThat(Timestamps.format(farFuture)).isEqualTo("+12025-01-01T00:00:00Z");
        assertThat(Timestamps.parse(Timestamps.format(oddOffset))).isEqualTo(oddOffset);
        assertThat(Timestamps.parse(Timestamps.format(farFuture))).isEqualTo(farFuture);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30T00:00:00Z",
                "2025-01-01T24:00:00Z",
                "2025-01-01T00:00:00.1234567891Z",
                "2025-01-01T00:00:00+24:00",
                "2025-01-01 00:00:00Z",
                "2025-01-01T00:00:00",
                "yesterday"
            })
    void givenInvalidTimestamp_parse_throwsInvalidInput(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text);
    }
}
