package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GoTimestampsTest {
    @Test
    void givenGoShape_parse_keepsOffsetAndNanos() {
        assertThat(GoTimestamps.parse("2025-12-25T00:59:03.667211-08:00"))
                .isEqualTo(OffsetDateTime.of(2025, 12, 25, 0, 59, 3, 667_211_000, ZoneOffset.ofHours(-8)));
    }

    @Test
    void givenAFiveDigitYear_parse_refusesWhatGoCannotRead() {
        assertThatThrownBy(() -> GoTimestamps.parse("+10000-01-01T00:00:00Z"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("four digits");
    }
}
