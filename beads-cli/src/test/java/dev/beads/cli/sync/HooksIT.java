package dev.beads.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.ProcessRun;
import dev.beads.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bd hooks} in a real git repository, the hooks run by the real {@code git}. */
class HooksIT {
    @TempDir
    Path tmp;

    @Test
    void install_writesFourExecutableShims_listShowsThem_uninstallRestoresTheUsersHook() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            Path hooks = ws.root().resolve(".git/hooks");
            Files.createDirectories(hooks);
            Files.writeString(hooks.resolve("pre-commit"), "#!/bin/sh\necho mine\n");

            assertThat(git.bdOk(ws.root(), "hooks", "install")).contains("✓ Git hooks installed successfully");

            for (String name : new String[] {"pre-commit", "post-merge", "pre-push", "post-checkout"}) {
                assertThat(hooks.resolve(name)).isExecutable();
                assertThat(Files.readString(hooks.resolve(name)))
                        .startsWith("#!/bin/sh\n# bd-shim v1\n# bd-hooks-version: 0.39.1\n")
                        .contains("exec bd hooks run " + name + " \"$@\"");
            }
            assertThat(Files.readString(hooks.resolve("pre-commit.backup"))).isEqualTo("#!/bin/sh\necho mine\n");
            assertThat(git.bdOk(ws.root(), "hooks", "list")).contains("✓ pre-commit: installed (shim v1)");
            assertThat(git.bdOk(ws.root(), "hooks", "list", "--json"))
                    .contains("\"Name\": \"post-merge\"", "\"Installed\": true", "\"IsShim\": true");

            assertThat(git.bdOk(ws.root(), "hooks", "uninstall")).contains("✓ Git hooks uninstalled successfully");

            assertThat(Files.readString(hooks.resolve("pre-commit"))).isEqualTo("#!/bin/sh\necho mine\n");
            assertThat(hooks.resolve("post-merge")).doesNotExist();
            assertThat(git.bdOk(ws.root(), "hooks", "list")).contains("✗ post-merge: not installed");
        }
    }

    @Test
    void outsideAGitRepository_installIsAClearError() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(tmp)) {
            ProcessRun run = new RealGit(tmp, ws).bd(ws.root(), "hooks", "install");

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.stderr()).contains("not a git repository").doesNotContain("Exception");
        }
    }

    @Test
    void preCommit_flushesPendingChanges_andStagesTheJsonl() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            git.bdOk(ws.root(), "init", "-p", "bd", "-q");
            git.ok(ws.root(), "add", "-A");
            git.ok(ws.root(), "commit", "-q", "-m", "init");
            git.bdOk(ws.root(), "hooks", "install");
            String id = git.bdOk(ws.root(), "--no-auto-flush", "create", "written by the hook", "--silent")
                    .strip();
            assertThat(Files.readString(ws.root().resolve(".beads/issues.jsonl")))
                    .doesNotContain(id);
            ws.write("notes.txt", "mine\n");
            git.ok(ws.root(), "add", "notes.txt");

            git.ok(ws.root(), "commit", "-q", "-m", "notes");

            assertThat(git.ok(ws.root(), "show", "--name-only", "--format=", "HEAD"))
                    .contains("notes.txt", ".beads/issues.jsonl");
            assertThat(git.ok(ws.root(), "show", "HEAD:.beads/issues.jsonl")).contains(id, "written by the hook");
            assertThat(git.ok(ws.root(), "status", "--porcelain")).isEmpty();
        }
    }

    @Test
    void postCheckoutAndPostMerge_importWhatAnotherCloneCommitted() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            Path remote = ws.addBareRemote("origin");
            git.bdOk(ws.root(), "init", "-p", "bd", "-q");
            git.ok(ws.root(), "add", "-A");
            git.ok(ws.root(), "commit", "-q", "-m", "init");
            git.ok(ws.root(), "push", "-q", "-u", "origin", "main");
            git.bdOk(ws.root(), "hooks", "install");
            Path other = tmp.resolve("other");
            git.ok(tmp, "clone", "-q", remote.toString(), other.toString());
            git.bdOk(other, "init", "-q");
            git.ok(other, "checkout", "-q", "-b", "feature");
            String onFeature =
                    git.bdOk(other, "create", "made on feature", "--silent").strip();
            git.ok(other, "commit", "-q", "-am", "feature issue");
            git.ok(other, "push", "-q", "origin", "feature");
            git.ok(other, "checkout", "-q", "main");
            String onMain =
                    git.bdOk(other, "create", "made on main", "--silent").strip();
            git.ok(other, "commit", "-q", "-am", "main issue");
            git.ok(other, "push", "-q", "origin", "main");

            git.ok(ws.root(), "fetch", "-q", "origin");
            git.ok(ws.root(), "checkout", "-q", "-b", "feature", "origin/feature");
            assertThat(git.bdOk(ws.root(), "--no-auto-import", "show", onFeature))
                    .as("post-checkout imported the feature branch's JSONL")
                    .contains("made on feature");

            git.ok(ws.root(), "checkout", "-q", "main");
            git.ok(ws.root(), "merge", "-q", "--no-edit", "origin/main");
            assertThat(git.bdOk(ws.root(), "--no-auto-import", "show", onMain))
                    .as("post-merge imported the merged JSONL")
                    .contains("made on main");
        }
    }

    @Test
    void prePush_refusesAJsonlThatIsNotCommitted() throws Exception {
        try (TestWorkspace ws = TestWorkspace.createWithGit(tmp)) {
            RealGit git = new RealGit(tmp, ws);
            ws.addBareRemote("origin");
            git.bdOk(ws.root(), "init", "-p", "bd", "-q");
            git.ok(ws.root(), "add", "-A");
            git.ok(ws.root(), "commit", "-q", "-m", "init");
            git.bdOk(ws.root(), "hooks", "install");
            git.bdOk(ws.root(), "create", "not committed yet");

            ProcessRun push = git.git(ws.root(), "push", "-q", "origin", "main");

            assertThat(push.exitCode()).as(push.toString()).isNotZero();
            assertThat(push.stderr()).contains("Uncommitted changes detected", "bd sync");
            git.ok(ws.root(), "commit", "-q", "-am", "issue");
            git.ok(ws.root(), "push", "-q", "origin", "main");
        }
    }
}
