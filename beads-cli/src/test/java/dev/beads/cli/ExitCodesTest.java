package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.ErrorKind;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void everyErrorKind_mapsToItsDocumentedExitCode() {
        assertThat(ExitCodes.of(ErrorKind.INVALID)).isEqualTo(2);
        assertThat(ExitCodes.of(ErrorKind.NOT_FOUND)).isEqualTo(3);
        assertThat(ExitCodes.of(ErrorKind.CONFLICT)).isEqualTo(4);
        assertThat(ExitCodes.of(ErrorKind.BACKEND)).isEqualTo(5);
        assertThat(ExitCodes.of(ErrorKind.INTERNAL)).isEqualTo(1);
    }

    @Test
    void exceptions_mapByTheirKind_andAnythingElseIsInternal() {
        assertThat(ExitCodes.of(new InvalidInputException("x"))).isEqualTo(2);
        assertThat(ExitCodes.of(new AmbiguousIdException("a", List.of("bd-a1", "bd-a2"))))
                .isEqualTo(2);
        assertThat(ExitCodes.of(new JsonlFormatException("issues.jsonl", 3, "git conflict marker")))
                .isEqualTo(2);
        assertThat(ExitCodes.of(new NotFoundException("x"))).isEqualTo(3);
        assertThat(ExitCodes.of(new ConflictException("x"))).isEqualTo(4);
        assertThat(ExitCodes.of(new BackendException("x"))).isEqualTo(5);
        assertThat(ExitCodes.of(new IllegalStateException("bug"))).isEqualTo(1);
    }

    @Test
    void aBeadsFailureWrappedByALibrary_isReportedAsItself() {
        BackendException backend = new BackendException("database is read-only");
        RuntimeException wrapped = new RuntimeException("Unable to provision", backend);
        assertThat(Cli.reported(wrapped)).isSameAs(backend);
        assertThat(ExitCodes.of(Cli.reported(wrapped))).isEqualTo(5);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(Cli.reported(bug)).isSameAs(bug);
    }
}
