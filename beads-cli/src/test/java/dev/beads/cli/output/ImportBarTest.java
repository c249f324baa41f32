package dev.beads.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.beads.core.api.ImportProgress.Phase;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ImportBarTest {
    private final Progress hidden = Progress.start(new PrintStream(OutputStream.nullOutputStream()), "x", false);
    private final ImportBar real = new ImportBar(hidden, false);
    private final ImportBar dryRun = new ImportBar(hidden, true);

    @Test
    void anImport_fillsReadingsShareFirst_thenStoringsShare() {
        double reading = ImportBar.READING_SHARE;
        assertThat(real.overall(Phase.READING, 0, 1000)).isZero();
        assertThat(real.overall(Phase.READING, 500, 1000)).isCloseTo(reading / 2, within(1e-9));
        assertThat(real.overall(Phase.READING, 1000, 1000)).isCloseTo(reading, within(1e-9));
        assertThat(real.overall(Phase.STORING, 0, 10)).isCloseTo(reading, within(1e-9));
        assertThat(real.overall(Phase.STORING, 5, 10)).isCloseTo(reading + (1 - reading) / 2, within(1e-9));
        assertThat(real.overall(Phase.STORING, 10, 10)).isEqualTo(1.0);
    }

    @Test
    void aPhaseWithNothingToDo_isComplete() {
        assertThat(real.overall(Phase.STORING, 0, 0)).isEqualTo(1.0);
    }

    @Test
    void aDryRun_isAllReading() {
        assertThat(dryRun.overall(Phase.READING, 500, 1000)).isCloseTo(0.5, within(1e-9));
        assertThat(dryRun.overall(Phase.READING, 1000, 1000)).isEqualTo(1.0);
    }

    @Test
    void detail_countsBytesWhileReading_andIssuesWhileStoring() {
        assertThat(ImportBar.detail(Phase.READING, 3_250_000, 12_897_485)).isEqualTo("reading 3.1/12.3 MB");
        assertThat(ImportBar.detail(Phase.READING, 512, 2048)).isEqualTo("reading 0.5/2.0 KB");
        assertThat(ImportBar.detail(Phase.STORING, 4500, 10_000)).isEqualTo("storing 4,500/10,000");
    }
}
