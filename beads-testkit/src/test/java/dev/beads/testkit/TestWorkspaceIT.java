package dev.beads.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TestWorkspace with the real git command. */
class TestWorkspaceIT {

    @Test
    void createWithGit_makesARepositoryOnMain_withNoCommits() {
        try (TestWorkspace ws = TestWorkspace.createWithGit()) {
            assertThat(ws.hasGit()).isTrue();
            assertThat(ws.git("rev-parse", "--show-toplevel"))
                    .isEqualTo(ws.root().toString());
            assertThat(ws.git("symbolic-ref", "--short", "HEAD")).isEqualTo("main");
            assertThat(ws.gitResult("rev-parse", "--verify", "-q", "HEAD").succeeded())
                    .isFalse();
        }
    }

    @Test
    void commitAll_commitsEverything_withTheFixedAuthorAndCommitter() {
        try (TestWorkspace ws = TestWorkspace.createWithGit()) {
            ws.write(".beads/issues.jsonl", "{}\n");

            String commit = ws.commitAll("add issues");

            assertThat(commit).matches("[0-9a-f]{40}");
            assertThat(ws.git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%s"))
                    .isEqualTo("Beads Test <test@beads.invalid>|Beads Test <test@beads.invalid>|add issues");
            assertThat(ws.git("status", "--porcelain")).isEmpty();
            assertThat(ws.git("show", "HEAD:.beads/issues.jsonl")).isEqualTo("{}");
        }
    }

    @Test
    void gitReadsOnlyTheTestsOwnConfiguration() {
        try (TestWorkspace ws = TestWorkspace.createWithGit()) {
            String origins = ws.git("config", "--list", "--show-origin");

            List<String> files = Arrays.stream(origins.split("\n"))
                    .map(line -> line.substring(0, line.indexOf('\t')))
                    .distinct()
                    .toList();
            assertThat(files).containsExactlyInAnyOrder("file:" + ws.home().resolve(".gitconfig"), "file:.git/config");
            assertThat(ws.git("config", "--global", "user.name")).isEqualTo("Beads Test");
        }
    }

    @Test
    void git_throwsWithStderr_gitResultReportsTheFailure() {
        try (TestWorkspace ws = TestWorkspace.createWithGit()) {
            GitResult result = ws.gitResult("rev-parse", "--verify", "no-such-ref");

            assertThat(result.succeeded()).isFalse();
            assertThat(result.exitCode()).isNotZero();
            assertThatThrownBy(() -> ws.git("checkout", "no-such-branch"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("git checkout no-such-branch")
                    .hasMessageContaining("no-such-branch");
        }
    }

    @Test
    void initGit_onAPlainWorkspace_makesItARepository() {
        try (TestWorkspace ws = TestWorkspace.create()) {
            ws.initGit();

            assertThat(ws.hasGit()).isTrue();
            assertThat(ws.git("rev-parse", "--is-inside-work-tree")).isEqualTo("true");
        }
    }

    @Test
    void addBareRemote_acceptsPushes() {
        try (TestWorkspace ws = TestWorkspace.createWithGit()) {
            String commit = ws.commitAll("first");
            Path remote = ws.addBareRemote("origin");

            ws.git("push", "-q", "-u", "origin", "main");

            assertThat(ws.gitIn(remote, "rev-parse", "main").orThrow().stdout()).isEqualTo(commit);
            assertThat(remote.startsWith(ws.root())).isFalse();
        }
    }

    @Test
    void close_deletesTheRepositoryWithItsReadOnlyObjects() {
        TestWorkspace ws = TestWorkspace.createWithGit();
        ws.write("file.txt", "content");
        ws.commitAll("with objects");
        Path root = ws.root();

        ws.close();

        assertThat(root).doesNotExist();
    }
}
