package dev.beads.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.port.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value semantics written out by hand (start-up), as a record would give them. */
class ValueObjectsTest {

    @Test
    void status_isEqualByName_andHashesLikeIt() {
        assertThat(Status.of("open")).isEqualTo(Status.OPEN).hasSameHashCodeAs(Status.OPEN);
        assertThat(Status.of("review")).isNotEqualTo(Status.OPEN).isNotEqualTo("review");
        assertThat(Set.of(Status.OPEN, Status.CLOSED)).contains(Status.of("closed"));
    }

    @Test
    void issueId_isEqualByValue_andHashesLikeIt() {
        assertThat(IssueId.of("bd-1")).isEqualTo(IssueId.of("bd-1")).hasSameHashCodeAs(IssueId.of("bd-1"));
        assertThat(IssueId.of("bd-1")).isNotEqualTo(IssueId.of("bd-2")).isNotEqualTo("bd-1");
        assertThat(Set.of(IssueId.of("bd-1"), IssueId.of("bd-2"))).contains(IssueId.of("bd-2"));
    }

    @Test
    void issueId_rejectsWhitespaceAnywhere() {
        assertThat(IssueId.of("bd-a3f8").value()).isEqualTo("bd-a3f8");
        for (String bad : new String[] {"bd a3f8", "bd-a3f8\t", "\nbd-1", "bd-\u20031"}) {
            assertThatThrownBy(() -> IssueId.of(bad)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void issueId_depthCountsTheDotsOfTheLocalPart() {
        assertThat(IssueId.of("bd-a3f8").depth()).isZero();
        assertThat(IssueId.of("bd-a3f8.1").depth()).isEqualTo(1);
        assertThat(IssueId.of("bd-a3f8.1.12").depth()).isEqualTo(2);
    }

    @Test
    void systemClock_tellsTheCurrentTime() {
        OffsetDateTime before = OffsetDateTime.now();
        OffsetDateTime now = Clock.system().now();
        assertThat(Duration.between(before, now)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(now.getOffset()).isEqualTo(OffsetDateTime.now().getOffset());
    }
}
