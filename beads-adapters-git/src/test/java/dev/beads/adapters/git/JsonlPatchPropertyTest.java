package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.gen.Gen;
import dev.beads.testkit.gen.RandomIssues;
import dev.beads.testkit.gen.SeededTest;
import dev.beads.testkit.gen.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Patching a full export gives, byte for byte, the full export of the patched issues. */
class JsonlPatchPropertyTest {
    /** Ids the fast path leaves to the parser: escaped by the writer, or not ASCII. */
    private static final String[] PARSER_ONLY_IDS = {
        "bd-<a>", "bd-caf\u00e9", "bd-\"q\"", "bd-a\\b", "bd-\u65e5", "bd-&"
    };

    @TempDir
    Path dir;

    private final JsonlCodec codec = JsonlCodecs.create();

    /** A store, and the issues a flush patches into its export: some of them edited, some new. */
    record Case(List<Issue> stored, List<Issue> changed) {}

    @SeededTest(tries = 300)
    void patchOfAFullExport_isTheFullExportOfThePatchedIssues(long seed) {
        Seeds.check(seed, JsonlPatchPropertyTest::randomCase, this::patchIsFullExport);
    }

    private void patchIsFullExport(Case c) throws IOException {
        Path file = dir.resolve("issues.jsonl");
        codec.writeAtomically(c.stored(), file);

        byte[] written = codec.patchAtomically(file, c.changed());

        assertThat(written).as("the content it reports is the file's").isEqualTo(Files.readAllBytes(file));
        Map<IssueId, Issue> merged = new LinkedHashMap<>();
        c.stored().forEach(issue -> merged.put(issue.id(), issue));
        c.changed().forEach(issue -> merged.put(issue.id(), issue));
        Path full = dir.resolve("full.jsonl");
        codec.writeAtomically(List.copyOf(merged.values()), full);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(full));
    }

    /**
     * Up to 12 stored issues (a fifth with ids only the parser reads), a third of them edited, and up to 2 new
     * ones. The smallest shape patches an empty file with nothing; the largest stores 12 and adds 2.
     */
    private static Case randomCase(Gen gen) {
        RandomIssues issues = new RandomIssues(gen);
        Map<IssueId, Issue> stored = new LinkedHashMap<>();
        for (Issue issue : issues.issues(12)) {
            Issue withId = gen.oneIn(5) ? parserOnly(issue, gen) : issue;
            stored.put(withId.id(), withId);
        }
        List<Issue> changed = new ArrayList<>();
        for (IssueId id : stored.keySet()) {
            if (gen.oneIn(3)) {
                changed.add(edited(issues.issue(), id));
            }
        }
        int added = gen.size(2);
        for (int i = 0; i < added; i++) {
            Issue issue = issues.issue();
            changed.add(gen.coin() ? parserOnly(issue, gen) : issue);
        }
        return new Case(List.copyOf(stored.values()), changed);
    }

    private static Issue parserOnly(Issue issue, Gen gen) {
        String id = gen.pick(PARSER_ONLY_IDS) + gen.below(10);
        return edited(issue, IssueId.of(id));
    }

    /** {@code issue}'s fields under another id (its edges and comments follow it). */
    private static Issue edited(Issue issue, IssueId id) {
        return issue.toBuilder()
                .id(id)
                .dependencies(issue.dependencies().stream()
                        .filter(d -> !d.dependsOnId().equals(id))
                        .map(d ->
                                new Dependency(id, d.dependsOnId(), d.type(), d.createdAt(), d.createdBy(), d.extra()))
                        .toList())
                .comments(issue.comments().stream()
                        .map(c -> new Comment(c.id(), id, c.author(), c.text(), c.createdAt()))
                        .toList())
                .build();
    }
}
