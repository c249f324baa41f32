package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.gen.RandomIssueGraphs;
import dev.beads.testkit.gen.SeededTest;
import dev.beads.testkit.gen.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Random issue graphs survive export → import into an empty store → export, byte for byte. */
class ExportImportRoundTripPropertyTest {
    private final JsonlCodec codec = JsonlCodecs.create();

    /** Graphs of 1 to 40 issues: seed 0 has one issue with every optional field empty, seed 1 has 40, all filled. */
    @SeededTest(tries = 40)
    void randomGraphs_surviveExportImportExport(long seed) {
        Seeds.check(seed, gen -> new RandomIssueGraphs(gen).graph(gen.between(1, 40)), this::surviveRoundTrip);
    }

    private void surviveRoundTrip(List<Issue> issues) throws IOException {
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
