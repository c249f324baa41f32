package dev.beads.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InputsTest {
    /** Built-in values never need the workspace. */
    private static final Supplier<Ports> NO_PORTS = () -> {
        throw new AssertionError("the workspace should not be consulted");
    };

    @Test
    void priority_acceptsNumbersAndPForms() {
        assertThat(Inputs.priority("1")).isEqualTo(Priority.of(1));
        assertThat(Inputs.priority("P0")).isEqualTo(Priority.of(0));
        assertThat(Inputs.priority("p4")).isEqualTo(Priority.of(4));
        assertThat(Inputs.priority(null)).isNull();
        assertThatThrownBy(() -> Inputs.priority("99")).hasMessageContaining("invalid priority");
        assertThatThrownBy(() -> Inputs.priority("high")).hasMessageContaining("invalid priority");
    }

    @Test
    void builtInTypesAndStatuses_areParsedWithoutTheWorkspace() {
        assertThat(Inputs.type("Bug", NO_PORTS)).isEqualTo(IssueType.BUG);
        assertThat(Inputs.status("in-progress", NO_PORTS)).isEqualTo(Status.IN_PROGRESS);
        assertThat(Inputs.statuses(List.of("open,closed"), NO_PORTS)).containsExactly(Status.OPEN, Status.CLOSED);
    }

    @Test
    void split_acceptsRepeatsAndCommas_andDropsBlanks() {
        assertThat(Inputs.split(List.of("a, b", "c", " ,"))).containsExactly("a", "b", "c");
    }

    @Test
    void date_acceptsDaysAndTimestamps() {
        assertThat(Inputs.date("2025-01-31")).isEqualTo(OffsetDateTime.parse("2025-01-31T00:00:00Z"));
        assertThat(Inputs.date("2025-01-31T12:00:00+02:00"))
                .isEqualTo(OffsetDateTime.parse("2025-01-31T12:00:00+02:00"));
        assertThatThrownBy(() -> Inputs.date("yesterday"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }
}
