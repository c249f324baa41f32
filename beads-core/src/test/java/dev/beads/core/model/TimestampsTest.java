package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Property(tries = 3000)
    void formatAgreesWithTimestampsAndParsesBack(@ForAll("times") OffsetDateTime time) {
        String text = Timestamps.format(time);
        assertThat(text).isEqualTo(GO_RFC3339_NANO.format(time));
        assertThat(Timestamps.parse(text)).isEqualTo(time);
    }

    @Property(tries = 1000)
    void parseAgreesWithTimestampsOnPaddedFractions(@ForAll("times") OffsetDateTime time) {
        String padded = Timestamps.format(time.withNano(time.getNano() / 1000 * 1000))
                .replaceFirst("(:\\d\\d)(Z|[+-])", "$1.000$2");
        assertThat(Timestamps.parse(padded))
                .isEqualTo(OffsetDateTime.parse(padded, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @Provide
    Arbitrary<OffsetDateTime> times() {
        Arbitrary<Long> seconds = Arbitraries.longs()
                .between(
                        Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-30T00:00:00Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1000),
                Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<ZoneOffset> offsets = Arbitraries.oneOf(
                Arbitraries.just(ZoneOffset.UTC),
                Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60)));
        return Combinators.combine(seconds, nanos, offsets)
                .as((s, n, o) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(s, n), o))
                .filter(t -> t.getYear() >= 0 && t.getYear() <= 9999);
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
