package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.CommitOutcome;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.PullOutcome;
import dev.beads.core.port.PushOutcome;
import dev.beads.core.port.VcsState;
import dev.beads.core.port.VcsSync;
import dev.beads.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JGit adapter against real repositories: a bare remote and two clones made by the real {@code git}, every
 * outcome checked with the real {@code git} (log, status, fsck), the user's own staged and unstaged changes kept.
 */
@ExtendWith(JgitIsolation.class)
class JgitVcsSyncIT {
    private static final String JSONL = ".beads/issues.jsonl";
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00Z");
    private final JsonlCodec codec = JsonlCodecs.create();
    private final List<VcsSync> opened = new ArrayList<>();

    @TempDir
    Path tmp;

    TestWorkspace a;
    Path remote;
    Path b;

    @BeforeEach
    void twoClonesOfOneRemote() {
        a = TestWorkspace.createWithGit(tmp);
        remote = a.addBareRemote("origin");
        a.write("README", "hello\n");
        a.write("notes.txt", "one\n");
        writeIssues(a.root(), issue("bd-1", "first", T0));
        a.commitAll("start");
        a.git("push", "-q", "-u", "origin", "main");
        b = tmp.resolve("b");
        a.gitIn(tmp, "clone", "-q", remote.toString(), b.toString()).orThrow();
    }

    @AfterEach
    void close() {
        opened.forEach(VcsSync::close);
        a.close();
    }

    @Test
    void commit_holdsTheJsonlOnly_andLeavesTheUsersStagedAndUnstagedChanges() {
        a.write("README", "staged change\n");
        a.git("add", "README");
        a.write("notes.txt", "unstaged change\n");
        a.write("untracked.txt", "mine\n");
        writeIssues(a.root(), issue("bd-1", "first", T0), issue("bd-2", "second", T0));
        String before = a.git("status", "--porcelain");

        CommitOutcome outcome = sync(a.root()).commit(a.root().resolve(JSONL), "bd sync: 2 issues", "alice");

        assertThat(outcome).isInstanceOf(CommitOutcome.Committed.class);
        assertThat(a.git("show", "--name-only", "--format=%an <%ae>|%s", "HEAD"))
                .isEqualTo("alice <>|bd sync: 2 issues\n\n" + JSONL);
        assertThat(a.git("show", "HEAD:" + JSONL)).contains("bd-2");
        assertThat(a.git("status", "--porcelain"))
                .isEqualTo(before.replace(" M " + JSONL + "\n", "").strip());
        assertThat(a.git("diff", "--cached", "--name-only")).isEqualTo("README");
        assertThat(a.git("diff", "--name-only")).isEqualTo("notes.txt");
        assertThat(a.read("notes.txt")).isEqualTo("unstaged change\n");
        assertThat(a.gitResult("fsck", "--strict").exitCode()).isZero();
    }

    @Test
    void commit_takesTheAuthorFromGitConfig_andSaysWhenThereIsNothingToCommit() {
        a.git("config", "user.name", "Configured Person");
        a.git("config", "user.email", "person@example.com");
        writeIssues(a.root(), issue("bd-1", "renamed", T0.plusMinutes(1)));
        VcsSync sync = sync(a.root());

        assertThat(sync.commit(a.root().resolve(JSONL), "bd sync", "alice"))
                .isInstanceOf(CommitOutcome.Committed.class);
        assertThat(a.git("log", "-1", "--format=%an <%ae>")).isEqualTo("Configured Person <person@example.com>");
        String head = a.git("rev-parse", "HEAD");
        assertThat(sync.commit(a.root().resolve(JSONL), "bd sync", "alice"))
                .isInstanceOf(CommitOutcome.NothingToCommit.class);
        assertThat(a.git("rev-parse", "HEAD")).isEqualTo(head);
    }

    @Test
    void noCommit_duringAMerge_aRebase_aCherryPick_aBisect_onADetachedHead_orBeforeTheFirstCommit() {
        VcsSync sync = sync(a.root());
        assertThat(sync.state()).isEqualTo(new VcsState.Ready("main"));
        a.git("checkout", "-q", "-b", "side");
        a.write("notes.txt", "side\n");
        a.commitAll("side");
        a.git("checkout", "-q", "main");
        a.write("notes.txt", "main\n");
        a.commitAll("main");

        a.gitResult("merge", "side");
        assertRefused(sync, new VcsState.InProgress("merge"));
        a.git("merge", "--abort");
        a.gitResult("cherry-pick", "side");
        assertRefused(sync, new VcsState.InProgress("cherry-pick"));
        a.git("cherry-pick", "--abort");
        a.gitResult("rebase", "side");
        assertRefused(sync, new VcsState.InProgress("rebase"));
        a.git("rebase", "--abort");
        a.git("bisect", "start");
        assertRefused(sync, new VcsState.InProgress("bisect"));
        a.git("bisect", "reset");
        a.git("checkout", "-q", "--detach", "HEAD");
        assertThat(sync.state()).isInstanceOf(VcsState.DetachedHead.class);
        assertThat(sync.commit(a.root().resolve(JSONL), "x", "alice")).isInstanceOf(CommitOutcome.Refused.class);
        a.git("checkout", "-q", "main");

        try (TestWorkspace fresh = TestWorkspace.createWithGit(tmp)) {
            writeIssues(fresh.root(), issue("bd-9", "x", T0));
            VcsSync unborn = sync(fresh.root());
            assertThat(unborn.state()).isEqualTo(new VcsState.NoCommitYet("main"));
            assertThat(unborn.commit(fresh.root().resolve(JSONL), "x", "alice"))
                    .isEqualTo(new CommitOutcome.Refused(new VcsState.NoCommitYet("main")));
            assertThat(fresh.gitResult("rev-parse", "HEAD").exitCode()).isNotZero();
        }
    }

    @Test
    void push_sendsTheCommitToTheTrackedUpstream() {
        writeIssues(a.root(), issue("bd-1", "first", T0), issue("bd-2", "second", T0));
        VcsSync sync = sync(a.root());
        sync.commit(a.root().resolve(JSONL), "bd sync", "alice");

        assertThat(sync.push()).isEqualTo(new PushOutcome.Pushed("origin", "refs/heads/main", false));
        assertThat(a.gitIn(remote, "log", "-1", "--format=%s", "main").orThrow().stdout())
                .isEqualTo("bd sync");
        assertThat(sync.push()).isEqualTo(new PushOutcome.UpToDate());
        assertThat(a.gitIn(remote, "fsck", "--strict").exitCode()).isZero();
    }

    @Test
    void aRejectedPush_fetchesMergesTheJsonlByTheBeadsRules_andPushesAgain() {
        writeIssues(a.root(), issue("bd-1", "first, edited in A", T0.plusMinutes(1)), issue("bd-a", "from A", T0));
        VcsSync inA = sync(a.root());
        inA.commit(a.root().resolve(JSONL), "bd sync A", "alice");
        assertThat(inA.push()).isInstanceOf(PushOutcome.Pushed.class);
        a.write("README", "A's readme\n");
        a.commitAll("readme in A");
        a.git("push", "-q");
        write(b.resolve("notes.txt"), "B staged\n");
        a.gitIn(b, "add", "notes.txt").orThrow();
        write(b.resolve("README"), "hello\n"); // unchanged content: not in the way of A's README
        writeIssues(b, issue("bd-1", "first", T0), issue("bd-b", "from B", T0));
        VcsSync inB = sync(b);
        inB.commit(b.resolve(JSONL), "bd sync B", "bob");

        PushOutcome pushed = inB.push();

        assertThat(pushed).isEqualTo(new PushOutcome.Pushed("origin", "refs/heads/main", true));
        String merged = git(b, "show", "origin/main:" + JSONL);
        assertThat(merged).contains("\"id\":\"bd-a\"", "\"id\":\"bd-b\"", "first, edited in A");
        assertThat(git(b, "log", "-1", "--format=%s %p", "origin/main")).startsWith("Merge remote-tracking branch");
        assertThat(read(b.resolve(JSONL)).strip()).isEqualTo(merged.strip());
        assertThat(read(b.resolve("README"))).isEqualTo("A's readme\n");
        assertThat(git(b, "diff", "--cached", "--name-only")).isEqualTo("notes.txt");
        assertThat(git(b, "status", "--porcelain")).isEqualTo("M  notes.txt");
        assertThat(a.gitIn(b, "fsck", "--strict").exitCode()).isZero();
        assertThat(codec.read(b.resolve(JSONL)))
                .extracting(i -> i.id().value())
                .containsExactly("bd-1", "bd-a", "bd-b");
    }

    @Test
    void anUnreachableRemote_isRetriedThreeTimes_keepsTheCommit_andTheNextPushDeliversIt() {
        a.git("remote", "set-url", "origin", tmp.resolve("missing.git").toString());
        writeIssues(a.root(), issue("bd-1", "first", T0), issue("bd-2", "second", T0));
        VcsSync sync = sync(a.root());
        sync.commit(a.root().resolve(JSONL), "bd sync", "alice");
        String head = a.git("rev-parse", "HEAD");

        PushOutcome failed = sync.push();

        assertThat(failed).isInstanceOf(PushOutcome.Failed.class);
        assertThat(((PushOutcome.Failed) failed).attempts()).isEqualTo(3);
        assertThat(a.git("rev-parse", "HEAD")).isEqualTo(head);
        assertThat(sync.pull()).isInstanceOf(PullOutcome.Failed.class);
        a.git("remote", "set-url", "origin", remote.toString());
        assertThat(sync.push()).isInstanceOf(PushOutcome.Pushed.class);
        assertThat(a.gitIn(remote, "rev-parse", "main").orThrow().stdout()).isEqualTo(head);
    }

    @Test
    void pull_fastForwards_andRefusesToOverwriteALocalChange() {
        writeIssues(a.root(), issue("bd-1", "first", T0), issue("bd-2", "second", T0));
        a.write("notes.txt", "from A\n");
        a.commitAll("A");
        a.git("push", "-q");
        write(b.resolve("notes.txt"), "B's unsaved work\n");
        VcsSync inB = sync(b);

        PullOutcome refused = inB.pull();

        assertThat(refused).isInstanceOf(PullOutcome.Refused.class);
        assertThat(((PullOutcome.Refused) refused).reason()).contains("notes.txt");
        assertThat(read(b.resolve("notes.txt"))).isEqualTo("B's unsaved work\n");
        write(b.resolve("notes.txt"), "one\n");
        PullOutcome pulled = inB.pull();
        assertThat(pulled).isInstanceOf(PullOutcome.Updated.class);
        assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(a.git("rev-parse", "HEAD"));
        assertThat(read(b.resolve(JSONL))).contains("bd-2");
        assertThat(git(b, "status", "--porcelain")).isEmpty();
        assertThat(inB.pull()).isEqualTo(new PullOutcome.UpToDate());
    }

    @Test
    void noUpstream_isSaid() {
        a.git("checkout", "-q", "-b", "local-only");
        VcsSync sync = sync(a.root());

        assertThat(sync.push()).isEqualTo(new PushOutcome.NoUpstream("local-only"));
        assertThat(sync.pull()).isEqualTo(new PullOutcome.NoUpstream("local-only"));
    }

    private void assertRefused(VcsSync sync, VcsState expected) {
        assertThat(sync.state()).isEqualTo(expected);
        String head = a.git("rev-parse", "HEAD");
        assertThat(sync.commit(a.root().resolve(JSONL), "x", "alice")).isEqualTo(new CommitOutcome.Refused(expected));
        assertThat(a.git("rev-parse", "HEAD")).isEqualTo(head);
    }

    private VcsSync sync(Path root) {
        VcsSync sync = JgitVcsSyncs.open(root.resolve(JSONL), codec, Duration.ofMillis(20))
                .orElseThrow();
        opened.add(sync);
        return sync;
    }

    private String git(Path dir, String... args) {
        return a.gitIn(dir, args).orThrow().stdout();
    }

    private void writeIssues(Path root, Issue... issues) {
        codec.writeAtomically(List.of(issues), root.resolve(JSONL));
    }

    private static Issue issue(String id, String title, OffsetDateTime updated) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title(title)
                .createdAt(T0)
                .updatedAt(updated)
                .build();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
