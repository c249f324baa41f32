package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random issue graphs survive export → import into an empty store → export, byte for byte. */
class ExportImportRoundTripPropertyTest {
    private final JsonlCodec codec = JsonlCodecs.create();

    @Property(tries = 40)
    void randomGraphs_surviveExportImportExport(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size)
            throws IOException {
        List<Issue> issues = new RandomIssueGraphs(seed).graph(size);
        Path temp = Files.createTempDirectory("beads-roundtrip");
        try {
            Path first = temp.resolve("first.jsonl");
            codec.writeAtomically(issues, first);
            Path second = temp.resolve("second.jsonl");

            try (Beads beads = Beads.init(temp.resolve("ws"), "bd")) {
                beads.sync().importIssues(new ImportIssues(first, false, "test"));
                beads.sync().export(new ExportIssues(second, null, false));
            }

            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        } finally {
            TempDirs.delete(temp);
        }
    }
}
