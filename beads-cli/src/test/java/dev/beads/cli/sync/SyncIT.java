package dev.beads.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.ProcessRun;
import dev.beads.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd sync} in-process with real repositories: a bare remote and two clones A and B, each a workspace, checked
 * with the real {@code git}.
 */
class SyncIT {
    private static final String JSONL = ".beads/issues.jsonl";

    @TempDir
    Path tmp;

    TestWorkspace ws;
    RealGit git;
    Path a;
    Path b;

    @BeforeEach
    void twoClones() throws Exception {
        ws = TestWorkspace.createWithGit(tmp);
        git = new RealGit(tmp, ws);
        a = ws.root();
        ws.addBareRemote("origin");
        git.bdOk(a, "init", "-p", "bd", "-q");
        git.ok(a, "add", "-A");
        git.ok(a, "commit", "-q", "-m", "init");
        git.ok(a, "push", "-q", "-u", "origin", "main");
        b = tmp.resolve("b");
    }

    /** Clone B, a second workspace of the same remote (made only by the tests that need it: each bd call counts). */
    private void cloneB() throws Exception {
        git.ok(tmp, "clone", "-q", ws.root().resolveSibling("origin.git").toString(), b.toString());
        git.bdOk(b, "init", "-q");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anIssueCreatedInA_reachesB_andEditsOfDifferentFieldsOnBothSides_bothSurvive() throws Exception {
        ws.write("notes.txt", "staged\n");
        git.ok(a, "add", "notes.txt");
        ws.write("scratch.txt", "untracked\n");
        cloneB();
        String id = git.bdOk(a, "create", "shared issue", "--silent").strip();

        String synced = git.bdOk(a, "sync", "-m", "from A");

        assertThat(synced)
                .contains(
                        "→ Exporting pending changes to JSONL...",
                        "→ Committing changes to git...",
                        "→ Pulling from remote...",
                        "→ Pushing to remote...",
                        "✓ Sync complete");
        assertThat(git.ok(a, "log", "-1", "--format=%s", "origin/main").strip()).isEqualTo("from A");
        assertThat(git.ok(a, "show", "--name-only", "--format=", "HEAD").strip())
                .isEqualTo(JSONL);
        assertThat(git.ok(a, "status", "--porcelain")).isEqualTo("A  notes.txt\n?? scratch.txt\n");
        git.bdOk(b, "sync");
        assertThat(git.bdOk(b, "--no-auto-import", "show", id)).contains("shared issue");

        git.bdOk(a, "update", id, "--title", "retitled in A");
        git.bdOk(b, "update", id, "-p", "0");
        git.bdOk(a, "sync");
        String inB = git.bdOk(b, "sync");
        assertThat(inB).contains("✓ Sync complete");
        git.bdOk(a, "sync");

        for (Path clone : new Path[] {a, b}) {
            String shown = git.bdOk(clone, "--no-auto-import", "show", id, "--json");
            assertThat(shown).contains("\"title\": \"retitled in A\"", "\"priority\": 0");
            assertThat(git.git(clone, "fsck", "--strict").exitCode()).isZero();
        }
        assertThat(Files.readString(a.resolve(JSONL))).isEqualTo(Files.readString(b.resolve(JSONL)));
        assertThat(git.ok(b, "status", "--porcelain")).isEmpty();
        assertThat(git.ok(a, "diff", "--cached", "--name-only").strip()).isEqualTo("notes.txt");
    }

    @Test
    void status_dryRun_noPush_andFlushOnly_doWhatTheySay() throws Exception {
        String before = git.ok(a, "rev-parse", "HEAD");
        git.bdOk(a, "--no-auto-flush", "create", "pending", "--silent");

        String dry = git.bdOk(a, "--no-auto-flush", "sync", "--dry-run");
        assertThat(dry)
                .contains(
                        "[DRY RUN] Would export",
                        "[DRY RUN] Would pull",
                        "[DRY RUN] Would push",
                        "✓ Dry run complete (no changes made)");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isEqualTo(before);
        assertThat(Files.readString(a.resolve(JSONL))).doesNotContain("pending");

        git.bdOk(a, "--no-auto-flush", "sync", "--flush-only");
        assertThat(Files.readString(a.resolve(JSONL))).contains("pending");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isEqualTo(before);

        ProcessRun noPush = git.bd(a, "sync", "--no-push", "--json");
        assertThat(noPush.exitCode()).as(noPush.toString()).isZero();
        assertThat(noPush.stdout()).startsWith("{").contains("\"committed\": true", "\"pushed\": false");
        assertThat(noPush.stderr()).contains("→ Committing changes to git...");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isNotEqualTo(before);
        assertThat(git.ok(a, "rev-parse", "origin/main")).isEqualTo(before);
        assertThat(git.bdOk(a, "sync", "--status"))
                .contains("Repository: on branch main", "Upstream: origin/main", "Commits here not in the upstream: 1");
        assertThat(git.bdOk(a, "sync", "--status", "--json")).contains("\"ahead\": 1", "\"upstream\": \"origin/main\"");
    }

    @Test
    void aJsonlChangedSinceTheLastImport_isImportedFirst_neverOverwritten() throws Exception {
        cloneB();
        String fromA = git.bdOk(a, "create", "made in A", "--silent").strip();
        git.bdOk(a, "sync");
        String pending = git.bdOk(b, "--no-auto-flush", "create", "pending in B", "--silent")
                .strip();
        git.ok(b, "pull", "-q"); // plain git, no hooks: B's database has not seen A's issue

        git.bdOk(b, "--no-auto-import", "sync");

        String committed = git.ok(b, "show", "origin/main:" + JSONL);
        assertThat(committed).contains(fromA, pending);
    }

    @Test
    void aLostDatabase_isRebuiltFromTheJsonl_neverExportedOverIt() throws Exception {
        String id = git.bdOk(a, "create", "kept", "--silent").strip();
        git.bdOk(a, "sync");
        String head = git.ok(a, "rev-parse", "HEAD");
        try (var files = Files.list(a.resolve(".beads"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("beads.db"))
                    .toList()) {
                Files.delete(file);
            }
        }

        String synced = git.bdOk(a, "sync");

        assertThat(synced).contains("→ No changes to commit");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(Files.readString(a.resolve(JSONL))).contains(id);
    }

    @Test
    void aSyncThatWouldDeleteMoreThanHalfOfTheIssues_isRefusedUnlessForced() throws Exception {
        String[] ids = new String[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = git.bdOk(a, "create", "issue " + i, "--silent").strip();
        }
        git.bdOk(a, "sync");
        String head = git.ok(a, "rev-parse", "HEAD");
        git.bdOk(a, "delete", ids[0], ids[1], ids[2], "--force");

        ProcessRun refused = git.bd(a, "sync");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.stderr()).contains("would delete 3 of the 4 committed issues", "bd sync --force");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isEqualTo(head);
        git.bdOk(a, "sync", "--force");
        assertThat(git.ok(a, "rev-parse", "HEAD")).isNotEqualTo(head);
    }

    @Test
    void anUnreachableRemote_keepsTheCommit_andTheNextSyncDeliversIt() throws Exception {
        Path remote = Path.of(git.ok(a, "remote", "get-url", "origin").strip());
        git.ok(a, "remote", "set-url", "origin", tmp.resolve("gone.git").toString());
        String id = git.bdOk(a, "create", "made offline", "--silent").strip();

        ProcessRun offline = git.bd(a, "sync");

        assertThat(offline.exitCode()).as(offline.toString()).isEqualTo(5);
        assertThat(offline.stderr())
                .contains("pulling:", "3 tries", "your commit is kept")
                .doesNotContain("Exception");
        assertThat(git.ok(a, "show", "HEAD:" + JSONL)).contains(id);
        git.ok(a, "remote", "set-url", "origin", remote.toString());
        git.bdOk(a, "sync");
        assertThat(git.ok(a, "show", "origin/main:" + JSONL)).contains(id);
    }

    @Test
    void outsideAGitRepository_syncSaysSo() throws Exception {
        try (TestWorkspace plain = TestWorkspace.create(tmp)) {
            git.bdOk(plain.root(), "init", "-p", "bd", "-q");

            ProcessRun run = git.bd(plain.root(), "sync");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("not in a git repository");
            assertThat(git.bdOk(plain.root(), "sync", "--flush-only")).isEmpty();
        }
    }
}
