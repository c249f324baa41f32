package dev.beads.adapters.git.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.gen.SeededTest;
import dev.beads.testkit.gen.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Properties of the merge on random documents and random edits of them. */
class JsonlMergePropertyTest {
    private final JsonlCodec codec = JsonlCodecs.create();

    record Case(List<Issue> base, List<Issue> left, List<Issue> right) {}

    private static Case aCase(dev.beads.testkit.gen.Gen gen) {
        RandomEdits edits = new RandomEdits(gen);
        List<Issue> base = edits.base();
        return new Case(base, edits.side(base, 1), edits.side(base, 2));
    }

    @SeededTest(tries = 200)
    void mergingASideWithItself_givesThatSide(long seed) {
        Seeds.check(seed, JsonlMergePropertyTest::aCase, c -> {
            assertThat(merge(c.base(), c.left(), c.left())).isEqualTo(byId(c.left()));
        });
    }

    @SeededTest(tries = 200)
    void mergingWithAnUnchangedSide_givesTheChangedSide(long seed) {
        Seeds.check(seed, JsonlMergePropertyTest::aCase, c -> {
            assertThat(merge(c.base(), c.left(), c.base())).isEqualTo(byId(c.left()));
            assertThat(merge(c.base(), c.base(), c.right())).isEqualTo(byId(c.right()));
        });
    }

    @SeededTest(tries = 200)
    void swappingTheSides_givesTheSameIssues_upToOrderAndWhichCopyOfACommentIsKept(long seed) {
        Seeds.check(seed, JsonlMergePropertyTest::aCase, c -> {
            assertThat(normalised(merge(c.base(), c.right(), c.left())))
                    .usingRecursiveComparison()
                    .isEqualTo(normalised(merge(c.base(), c.left(), c.right())));
        });
    }

    @SeededTest(tries = 200)
    void nothingEitherSideAddedIsLost(long seed) {
        Seeds.check(seed, JsonlMergePropertyTest::aCase, c -> {
            Map<IssueId, Issue> merged = merge(c.base(), c.left(), c.right());
            Map<IssueId, Issue> base = byId(c.base());
            for (List<Issue> side : List.of(c.left(), c.right())) {
                for (Issue issue : byId(side).values()) {
                    Issue before = base.get(issue.id());
                    if (before != null && before.equals(issue)) {
                        continue; // unchanged on this side: the other side may have removed it
                    }
                    Issue result = merged.get(issue.id());
                    assertThat(result).as("issue %s", issue.id()).isNotNull();
                    assertThat(result.comments())
                            .as("comments of %s", issue.id())
                            .allSatisfy(x -> {});
                    for (Comment comment : issue.comments()) {
                        assertThat(result.comments()).anyMatch(comment::sameContent);
                    }
                    for (String label : issue.labels()) {
                        if (before == null || !before.labels().contains(label)) {
                            assertThat(result.labels())
                                    .as("labels of %s", issue.id())
                                    .contains(label);
                        }
                    }
                    assertThat(result.updatedAt().toInstant())
                            .isAfterOrEqualTo(issue.updatedAt().toInstant());
                }
            }
        });
    }

    @SeededTest(tries = 200)
    void theMergedFile_isInTheCodecsCanonicalForm(long seed) {
        Seeds.check(seed, JsonlMergePropertyTest::aCase, c -> {
            MergeDriver driver = new MergeDriver(codec);
            JsonlMerge.Merged merged = driver.merge(write(c.base()), write(c.left()), write(c.right()));
            byte[] written = write(sorted(merged.issues()));
            List<Issue> reread = codec.read(new ByteArrayInputStream(written), "merged");
            assertThat(write(reread)).isEqualTo(written);
            assertThat(reread).isEqualTo(sorted(merged.issues()));
        });
    }

    private Map<IssueId, Issue> merge(List<Issue> base, List<Issue> left, List<Issue> right) {
        JsonlMerge.Merged merged =
                JsonlMerge.merge(RandomEdits.doc(base), RandomEdits.doc(left), RandomEdits.doc(right));
        Map<IssueId, Issue> byId = new TreeMap<>(Comparator.comparing(IssueId::value));
        for (Issue issue : merged.issues()) {
            assertThat(byId.put(issue.id(), issue)).as("id %s once", issue.id()).isNull();
        }
        return byId;
    }

    private static Map<IssueId, Issue> byId(List<Issue> issues) {
        Map<IssueId, Issue> byId = new TreeMap<>(Comparator.comparing(IssueId::value));
        byId.putAll(JsonlMerge.byId(RandomEdits.doc(issues)));
        return byId;
    }

    private static final java.time.OffsetDateTime EPOCH = java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z");

    /** Dependencies and comments in one order, so that the sides' orders do not count. */
    private static Map<IssueId, Issue> normalised(Map<IssueId, Issue> issues) {
        Map<IssueId, Issue> normalised = new TreeMap<>(Comparator.comparing(IssueId::value));
        for (Issue issue : issues.values()) {
            List<Dependency> deps = new ArrayList<>(issue.dependencies());
            deps.sort(Comparator.comparing(
                    d -> d.dependsOnId().value() + " " + d.type().name()));
            // Of two comments with the same (author, text), the left one is kept: only the content counts here.
            List<Comment> comments = new ArrayList<>();
            for (Comment cm : issue.comments()) {
                comments.add(new Comment(0, cm.issueId(), cm.author(), cm.text(), EPOCH));
            }
            comments.sort(Comparator.comparing(cm -> cm.author() + "\u0000" + cm.text()));
            Set<String> seen = new HashSet<>();
            comments.removeIf(cm -> !seen.add(cm.author() + "\u0000" + cm.text()));
            normalised.put(
                    issue.id(),
                    issue.toBuilder().dependencies(deps).comments(comments).build());
        }
        return normalised;
    }

    private static List<Issue> sorted(List<Issue> issues) {
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparing(i -> i.id().value()));
        return sorted;
    }

    private byte[] write(List<Issue> issues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(issues, out);
        return out.toByteArray();
    }
}
