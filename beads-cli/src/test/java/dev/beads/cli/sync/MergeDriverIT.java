package dev.beads.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.git.merge.JsonlMerge;
import dev.beads.adapters.git.merge.MergeDriver;
import dev.beads.cli.ProcessRun;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.port.JsonlCodec;
import dev.beads.testkit.TestWorkspace;
import dev.beads.testkit.gen.Gen;
import dev.beads.testkit.gen.RandomIssues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 3 of issue 11: real conflicting commits, merged by the real {@code git}, which calls {@code bd merge}
 * through the driver {@code bd init} registered. Every field of every issue comes through.
 */
class MergeDriverIT {
    private static final String JSONL = ".beads/issues.jsonl";
    private static final String MEMORY = "{\"_type\":\"memory\",\"key\":\"kept\",\"v\":[1,2]}";
    private final JsonlCodec codec = JsonlCodecs.create();

    @TempDir
    Path tmp;

    @Test
    void bdInit_registersTheDriver_asGoBdDoes() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            ws.write(".gitattributes", "*.png binary");
            git.bdOk(ws.root(), "init", "-p", "bd", "-q");

            assertThat(git.ok(ws.root(), "config", "merge.beads.driver").strip())
                    .isEqualTo("bd merge %A %O %A %B");
            assertThat(git.ok(ws.root(), "config", "merge.beads.name").strip()).isEqualTo("bd JSONL merge driver");
            assertThat(ws.read(".gitattributes"))
                    .isEqualTo(
                            "*.png binary\n\n# Use bd merge for beads JSONL files\n.beads/issues.jsonl merge=beads\n");
        }
    }

    @Test
    void bdInit_withSkipMergeDriver_leavesGitAlone() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            git.bdOk(ws.root(), "init", "-p", "bd", "-q", "--skip-merge-driver");

            assertThat(git.git(ws.root(), "config", "merge.beads.driver").exitCode())
                    .isNotZero();
            assertThat(ws.root().resolve(".gitattributes")).doesNotExist();
        }
    }

    @Test
    void conflictingEditsOfTheSameIssues_mergedByGit_keepEveryFieldOfBothSides() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            git.bdOk(ws.root(), "init", "-p", "bd", "-q");
            List<Issue> base = new RandomIssues(Gen.of(42))
                    .issues(12).stream()
                            .filter(i -> !i.status().equals(Status.TOMBSTONE))
                            .collect(java.util.stream.Collectors.toMap(
                                    Issue::id, i -> i, (a, b) -> a, LinkedHashMap::new))
                            .values()
                            .stream()
                            .toList();
            assertThat(base).hasSizeGreaterThan(3);
            byte[] baseBytes = commit(ws, git, base, "base");
            git.ok(ws.root(), "checkout", "-q", "-b", "theirs");
            List<Issue> theirs = new ArrayList<>();
            for (Issue issue : base) {
                theirs.add(theirEdit(issue));
            }
            Issue deleted = base.get(1);
            theirs.set(1, tombstone(theirs.get(1)));
            byte[] theirBytes = commit(ws, git, theirs, "theirs");
            git.ok(ws.root(), "checkout", "-q", "main");
            List<Issue> ours = new ArrayList<>();
            for (Issue issue : base) {
                ours.add(ourEdit(issue));
            }
            Issue added = base.get(0).toBuilder()
                    .id(IssueId.of("bd-new1"))
                    .dependencies(List.of())
                    .comments(List.of())
                    .build();
            ours.add(added);
            byte[] ourBytes = commit(ws, git, ours, "ours");

            ProcessRun merge = git.git(ws.root(), "merge", "--no-edit", "theirs");

            assertThat(merge.exitCode()).as(merge.toString()).isZero();
            byte[] mergedBytes = Files.readAllBytes(ws.root().resolve(JSONL));
            assertThat(new String(mergedBytes, StandardCharsets.UTF_8)).doesNotContain("<<<<<<<", ">>>>>>>");
            JsonlMerge.Merged expected = new MergeDriver(codec).merge(baseBytes, ourBytes, theirBytes);
            assertThat(mergedBytes)
                    .as("bd merge's canonical output")
                    .isEqualTo(write(expected.issues(), expected.records()));
            Map<IssueId, Issue> merged = byId(codec.read(ws.root().resolve(JSONL)));
            for (Issue issue : base) {
                Issue result = merged.get(issue.id());
                assertThat(result).as("issue %s", issue.id()).isNotNull();
                assertThat(result.title()).isEqualTo(issue.title() + " (ours)");
                assertThat(result.notes()).isEqualTo("theirs noted");
                assertThat(result.assignee()).isEqualTo("ours-assignee");
                assertThat(result.labels()).contains("ours", "theirs");
                assertThat(result.comments()).extracting(Comment::text).contains("ours said", "theirs said");
                assertThat(result.extra()).containsEntry("x_theirs", RawJson.of("{\"k\":[1,\"\\u003c\"]}"));
                assertThat(result.extra()).containsAllEntriesOf(issue.extra());
                assertThat(result.dependencies())
                        .extracting(Dependency::dependsOnId)
                        .contains(IssueId.of("bd-dep0"));
                assertThat(result.createdAt()).isEqualTo(issue.createdAt());
                assertThat(result.design()).isEqualTo(issue.design());
                assertThat(result.bondedFrom()).isEqualTo(issue.bondedFrom());
                assertThat(result.sourceLocation()).isEqualTo(issue.sourceLocation());
            }
            assertThat(merged.get(deleted.id()).status()).isEqualTo(Status.TOMBSTONE);
            assertThat(merged.get(deleted.id()).title())
                    .as("our edit kept beside their delete")
                    .endsWith("(ours)");
            assertThat(merged).containsKey(added.id());
            assertThat(Files.readString(ws.root().resolve(JSONL))).endsWith(MEMORY + "\n");
            assertThat(git.ok(ws.root(), "log", "--format=%s", "-1")).contains("Merge branch 'theirs'");
            assertThat(git.ok(ws.root(), "status", "--porcelain")).isEmpty();
            assertThat(git.git(ws.root(), "fsck", "--strict").exitCode()).isZero();
            git.bdOk(ws.root(), "import", "-i", JSONL);
        }
    }

    @Test
    void aFileWithAConflictMarker_isExit2_andTheOutputIsUntouched() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            Path ours = ws.write("ours.jsonl", "<<<<<<< HEAD\n");
            Path base = ws.write("base.jsonl", "");
            Path theirs = ws.write("theirs.jsonl", "");

            ProcessRun run =
                    git.bd(ws.root(), "merge", ours.toString(), base.toString(), ours.toString(), theirs.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.stderr()).contains("Error: ").contains("line 1").doesNotContain("Exception");
            assertThat(Files.readString(ours)).isEqualTo("<<<<<<< HEAD\n");
        }
    }

    @Test
    void aMissingArgument_isAUsageError() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(tmp)) {
            ProcessRun run = new RealGit(tmp, ws).bd(ws.root(), "merge", "a", "b", "c");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("accepts 4 arg(s), received 3");
        }
    }

    private static Issue ourEdit(Issue issue) {
        List<String> labels = new ArrayList<>(issue.labels());
        labels.add("ours");
        List<Dependency> deps = new ArrayList<>(issue.dependencies());
        deps.add(
                Dependency.of(issue.id(), IssueId.of("bd-dep0"), DependencyType.of("blocks"), issue.createdAt(), "me"));
        List<Comment> comments = new ArrayList<>(issue.comments());
        comments.add(
                new Comment(0, issue.id(), "me", "ours said", issue.updatedAt().plusMinutes(1)));
        return issue.toBuilder()
                .title(issue.title() + " (ours)")
                .assignee("ours-assignee")
                .labels(labels)
                .dependencies(deps)
                .comments(comments)
                .updatedAt(issue.updatedAt().plusMinutes(1))
                .build();
    }

    private static Issue theirEdit(Issue issue) {
        List<String> labels = new ArrayList<>(issue.labels());
        labels.add("theirs");
        List<Comment> comments = new ArrayList<>(issue.comments());
        comments.add(new Comment(
                0, issue.id(), "you", "theirs said", issue.updatedAt().plusMinutes(2)));
        Map<String, RawJson> extra = new LinkedHashMap<>(issue.extra());
        extra.put("x_theirs", RawJson.of("{\"k\":[1,\"\\u003c\"]}"));
        return issue.toBuilder()
                .notes("theirs noted")
                .labels(labels)
                .comments(comments)
                .extra(extra)
                .updatedAt(issue.updatedAt().plusMinutes(2))
                .build();
    }

    private static Issue tombstone(Issue issue) {
        return issue.toBuilder()
                .status(Status.TOMBSTONE)
                .closedAt(null)
                .deletedAt(issue.updatedAt().plusMinutes(3))
                .deletedBy("you")
                .deleteReason("duplicate")
                .originalType(issue.issueType().name())
                .build();
    }

    private byte[] commit(TestWorkspace ws, RealGit git, List<Issue> issues, String message) throws Exception {
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(java.util.Comparator.comparing(i -> i.id().value()));
        byte[] bytes = write(sorted, List.of(MEMORY));
        Files.write(ws.root().resolve(JSONL), bytes);
        git.ok(ws.root(), "add", "-A");
        git.ok(ws.root(), "commit", "-q", "-m", message);
        return bytes;
    }

    private byte[] write(List<Issue> issues, List<String> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(issues, out);
        for (String record : records) {
            out.writeBytes((record + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static Map<IssueId, Issue> byId(List<Issue> issues) {
        Map<IssueId, Issue> byId = new LinkedHashMap<>();
        for (Issue issue : issues) {
            byId.put(issue.id(), issue);
        }
        return byId;
    }
}
