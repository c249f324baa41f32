package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void parse_readsBackWhatTextWrote_offsetAndNanosIncluded() {
        Random random = new Random(12);
        for (int i = 0; i < 5000; i++) {
            OffsetDateTime t = randomTime(random);
            assertThat(Times.parse(Times.text(t))).as("%s", t).isEqualTo(t);
        }
    }

    @Test
    void parse_acceptsWhatOnlyTheSlowPathReads() {
        assertThat(Times.parse("2025-01-31T12:00:00.5+05:30:15"))
                .isEqualTo(OffsetDateTime.of(
                        2025, 1, 31, 12, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)));
        assertThat(Times.parse("+10000-01-01T00:00:00Z").getYear()).isEqualTo(10000);
        assertThat(Times.parse(null)).isNull();
    }

    @Test
    void valuesOutsideRfc3339_roundTripThroughIsoText() {
        OffsetDateTime far = OffsetDateTime.of(12025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime oddOffset =
                OffsetDateTime.of(1890, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 9, 21));

        assertThat(Times.text(far)).isEqualTo("+12025-01-01T00:00:00Z");
        assertThat(Times.parse(Times.text(far))).isEqualTo(far);
        assertThat(Times.parse(Times.text(oddOffset))).isEqualTo(oddOffset);
    }

    @Test
    void nanos_orderByInstant_notByText() {
        long pacific = Times.nanos(Times.parse("2025-01-01T10:00:00-08:00"));
        long utc = Times.nanos(Times.parse("2025-01-01T17:00:00Z"));
        assertThat(pacific).isGreaterThan(utc);
    }

    @Test
    void nanos_clampGoZeroTimeAndFarFutures_insteadOfOverflowing() {
        assertThat(Times.nanos(Times.parse("0001-01-01T00:00:00Z"))).isEqualTo(Long.MIN_VALUE);
        assertThat(Times.nanos(Times.parse("9999-12-31T23:59:59Z"))).isEqualTo(Long.MAX_VALUE);
        assertThat(Times.nanos(Times.parse("1970-01-01T00:00:01.5Z"))).isEqualTo(1_500_000_000L);
        assertThat(Times.nanos(null)).isNull();
    }

    private static OffsetDateTime randomTime(Random random) {
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        int offsetMinutes = random.nextInt(4) == 0 ? 0 : (random.nextInt(18 * 60 * 2) - 18 * 60) / 15 * 15;
        return OffsetDateTime.of(
                1 + random.nextInt(9999),
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                random.nextInt(24),
                random.nextInt(60),
                random.nextInt(60),
                nanos,
                ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }
}
