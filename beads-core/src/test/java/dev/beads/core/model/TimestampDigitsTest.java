package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field of a timestamp is digits: a character just below '0' ('/') or just above '9' (':') is not one, even
 * where the arithmetic of reading it as a digit would still give a valid date. An offset or fraction cut short is
 * not read past the end of the text (ISO-8601's {@code +01}, without minutes, is accepted through java.time).
 */
class TimestampDigitsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-1/-25T00:00:00Z",
                "202/-01-25T00:00:00Z",
                "2025-01-2/T00:00:00Z",
                "2025-01-25T1/:00:00Z",
                "2025-01-25T00:1/:00Z",
                "2025-01-25T00:00:1/Z",
                "2025-01-25T00:00:00.1/Z",
                "2025-01-25T00:00:00+0/:00",
                "2025-01-25T00:00:00+00:0/",
                "2025-01-25T00:00:00+00:0:",
                "2025-01-25T00:00:00.:Z"
            })
    void aFieldWithACharacterNextToTheDigits_isRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025x01-25T00:00:00Z",
                "2025-01x25T00:00:00Z",
                "2025-01-25T00x00:00Z",
                "2025-01-25T00:00x00Z",
                "2025-01-25T00:00:00x01:00",
                "2025-01-25T00:00:00+01x00",
                "2025-01-25T00:00:00.123"
            })
    void aWrongSeparator_orNoOffset_isRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-25T00:00:00+01:0", "2025-01-25T00:00:00+1:00", "2025-01-25T00:00:00."})
    void aTruncatedOffsetOrFraction_isRejected(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEdgesOfEachField_parse() {
        assertThat(Timestamps.parse("0000-01-01T00:00:00Z"))
                .isEqualTo(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Timestamps.parse("9999-12-31T23:59:59.999999999+09:59"))
                .isEqualTo(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHoursMinutes(9, 59)));
        assertThat(Timestamps.parse("2025-01-25T00:00:00.1-00:01"))
                .isEqualTo(OffsetDateTime.of(2025, 1, 25, 0, 0, 0, 100_000_000, ZoneOffset.ofHoursMinutes(0, -1)));
    }

    @Test
    void theEdgesOfEachField_formatLikeGo() {
        assertThat(Timestamps.format(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("0000-01-01T00:00:00Z");
        assertThat(Timestamps.format(
                        OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHoursMinutes(-9, -59))))
                .isEqualTo("9999-12-31T23:59:59.999999999-09:59");
        assertThat(Timestamps.format(OffsetDateTime.of(2025, 1, 25, 0, 0, 0, 10, ZoneOffset.ofHoursMinutes(0, 1))))
                .isEqualTo("2025-01-25T00:00:00.00000001+00:01");
    }
}
