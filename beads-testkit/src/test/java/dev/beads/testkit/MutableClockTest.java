package dev.beads.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void startsAtT0_andStaysThere() {
        MutableClock clock = new MutableClock();

        assertThat(clock.now()).isEqualTo(Issues.T0);
        assertThat(clock.now()).isEqualTo(Issues.T0);
    }

    @Test
    void advance_movesForwardAndReturnsTheNewTime() {
        MutableClock clock = new MutableClock();

        OffsetDateTime later = clock.advance(Duration.ofMinutes(90));

        assertThat(later).isEqualTo(Issues.T0.plusMinutes(90));
        assertThat(clock.now()).isEqualTo(later);
        assertThat(clock.advanceSeconds(30)).isEqualTo(Issues.T0.plusMinutes(90).plusSeconds(30));
    }

    @Test
    void set_keepsTheGivenOffset() {
        OffsetDateTime pacific = OffsetDateTime.of(2025, 12, 25, 0, 59, 3, 667_211_000, ZoneOffset.ofHours(-8));
        MutableClock clock = new MutableClock().set(pacific);

        assertThat(clock.now()).isEqualTo(pacific);
        assertThat(clock.now().getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
    }
}
