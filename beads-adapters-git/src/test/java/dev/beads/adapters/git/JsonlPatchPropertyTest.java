package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Patching a full export gives, byte for byte, the full export of the patched issues. */
class JsonlPatchPropertyTest {
    /** Ids the fast path leaves to the parser: escaped by the writer, or not ASCII. */
    private static final String[] PARSER_ONLY_IDS = {
        "bd-<a>", "bd-caf\u00e9", "bd-\"q\"", "bd-a\\b", "bd-\u65e5", "bd-&"
    };

    private static Path dir;

    private final JsonlCodec codec = JsonlCodecs.create();

    /** A store, and the issues a flush patches into its export: some of them edited, some new. */
    record Case(List<Issue> stored, List<Issue> changed) {}

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("jsonl-patch");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 300)
    void patchOfAFullExport_isTheFullExportOfThePatchedIssues(@ForAll("cases") Case c) throws IOException {
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

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(JsonlPatchPropertyTest::randomCase);
    }

    private static Case randomCase(Random random) {
        RandomIssues issues = new RandomIssues(random);
        Map<IssueId, Issue> stored = new LinkedHashMap<>();
        for (Issue issue : issues.issues(12)) {
            Issue withId = random.nextInt(5) == 0 ? parserOnly(issue, random) : issue;
            stored.put(withId.id(), withId);
        }
        List<Issue> changed = new ArrayList<>();
        for (IssueId id : stored.keySet()) {
            if (random.nextInt(3) == 0) {
                changed.add(edited(issues.issue(), id));
            }
        }
        int added = random.nextInt(3);
        for (int i = 0; i < added; i++) {
            Issue issue = issues.issue();
            changed.add(random.nextBoolean() ? parserOnly(issue, random) : issue);
        }
        return new Case(List.copyOf(stored.values()), changed);
    }

    private static Issue parserOnly(Issue issue, Random random) {
        String id = PARSER_ONLY_IDS[random.nextInt(PARSER_ONLY_IDS.length)] + random.nextInt(10);
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
