package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.JsonlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What this codec's patch does beyond the contract: it reads a line no further than its id when it can. */
class JsonlPatcherTest {
    @TempDir
    Path dir;

    private final JsonlCodec codec = JsonlCodecs.create();

    private static Issue issue(String id, String title) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title(title)
                .createdAt(Timestamps.parse("2025-01-01T00:00:00Z"))
                .updatedAt(Timestamps.parse("2025-01-01T00:00:00Z"))
                .build();
    }

    @Test
    void givenLinesStartingAsThisCodecWritesThem_patch_parsesNothingAfterTheirIds() throws Exception {
        // Not valid JSON past the id: a parser would refuse these lines, the patch only reads their ids.
        String unparsed = "{\"id\":\"bd-1\",\"title\":\"never parsed";
        String closedAfterId = "{\"id\":\"bd-3\"}trailing";
        Path file = dir.resolve("issues.jsonl");
        Files.writeString(file, unparsed + "\n" + closedAfterId + "\n");

        codec.patchAtomically(file, List.of(issue("bd-2", "Two")));

        assertThat(Files.readString(file))
                .isEqualTo(unparsed + "\n" + codec.toLine(issue("bd-2", "Two")) + "\n" + closedAfterId + "\n");
    }

    @Test
    void aReaderDuringPatches_seesOneWholeFileOrTheOther() throws Exception {
        Path file = dir.resolve("issues.jsonl");
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            issues.add(issue("bd-" + (10_000 + i), "Issue " + i));
        }
        codec.writeAtomically(issues, file);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                try {
                    int read = codec.read(file).size();
                    if (read != issues.size()) {
                        problems.add("read " + read + " issues");
                    }
                } catch (RuntimeException e) {
                    problems.add(e.toString());
                }
                reads.incrementAndGet();
            }
        });
        for (int round = 0; round < 50; round++) {
            codec.patchAtomically(file, List.of(issue("bd-" + (10_000 + round * 7), "Round " + round)));
        }
        done.set(true);
        reader.join();

        assertThat(problems).isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(codec.read(file)).hasSize(issues.size());
    }
}
