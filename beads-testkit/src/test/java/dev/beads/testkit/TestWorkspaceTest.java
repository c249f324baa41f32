package dev.beads.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWorkspaceTest {

    @Test
    void create_makesARootWithAnEmptyBeadsDirectory_andNoGit() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create()) {
            assertThat(ws.beadsDir()).isDirectory().isEqualTo(ws.root().resolve(".beads"));
            try (Stream<Path> inRoot = Files.list(ws.root());
                    Stream<Path> inBeads = Files.list(ws.beadsDir())) {
                assertThat(inRoot).containsExactly(ws.beadsDir());
                assertThat(inBeads).isEmpty();
            }
            assertThat(ws.hasGit()).isFalse();
        }
    }

    @Test
    void workspace_isTheDefaultLayoutUnderTheRoot() {
        try (TestWorkspace ws = TestWorkspace.create()) {
            Workspace workspace = ws.workspace();

            assertThat(workspace).isEqualTo(Workspace.at(ws.root()));
            assertThat(workspace.jsonl()).isEqualTo(ws.root().resolve(".beads/issues.jsonl"));
            assertThat(workspace.database()).isEqualTo(ws.root().resolve(".beads/beads.db"));
        }
    }

    @Test
    void homeIsSeparateFromTheRoot_andHoldsTheGlobalGitConfig() {
        try (TestWorkspace ws = TestWorkspace.create()) {
            assertThat(ws.home()).isDirectory();
            assertThat(ws.home().startsWith(ws.root())).isFalse();
            assertThat(ws.environment())
                    .containsEntry("HOME", ws.home().toString())
                    .containsEntry(
                            "GIT_CONFIG_GLOBAL", ws.home().resolve(".gitconfig").toString())
                    .containsEntry("GIT_CONFIG_NOSYSTEM", "1")
                    .containsEntry("GIT_AUTHOR_NAME", "Beads Test")
                    .containsEntry("GIT_AUTHOR_EMAIL", "test@beads.invalid");
            assertThat(ws.home().resolve(".gitconfig")).content().contains("name = Beads Test");
        }
    }

    @Test
    void isolate_dropsInheritedGitVariables_andSetsOurs() {
        try (TestWorkspace ws = TestWorkspace.create()) {
            ProcessBuilder builder = new ProcessBuilder("true");
            builder.environment().put("GIT_DIR", "/somewhere/else");
            builder.environment().put("HOME", "/home/developer");

            ws.isolate(builder);

            assertThat(builder.environment())
                    .doesNotContainKey("GIT_DIR")
                    .containsEntry("HOME", ws.home().toString());
        }
    }

    @Test
    void writeAndRead_useUtf8PathsUnderTheRoot() {
        try (TestWorkspace ws = TestWorkspace.create()) {
            Path file = ws.write(".beads/sub/issues.jsonl", "{\"title\":\"ünïcode ✓\"}\n");

            assertThat(file).isEqualTo(ws.root().resolve(".beads/sub/issues.jsonl"));
            assertThat(ws.read(".beads/sub/issues.jsonl")).isEqualTo("{\"title\":\"ünïcode ✓\"}\n");
        }
    }

    @Test
    void close_deletesEverything_andIsIdempotent() {
        TestWorkspace ws = TestWorkspace.create();
        ws.write("a/b/c.txt", "x");
        Path root = ws.root();
        Path home = ws.home();

        ws.close();
        ws.close();

        assertThat(root).doesNotExist();
        assertThat(home).doesNotExist();
        assertThat(root.getParent()).doesNotExist();
    }

    @Test
    void create_givenAParent_placesTheWorkspaceInside(@TempDir Path parent) throws Exception {
        Path realParent = parent.toRealPath();
        try (TestWorkspace ws = TestWorkspace.create(parent)) {
            assertThat(ws.root().startsWith(realParent)).isTrue();
        }
        try (Stream<Path> left = Files.list(realParent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void twoWorkspaces_neverShareADirectory() {
        try (TestWorkspace a = TestWorkspace.create();
                TestWorkspace b = TestWorkspace.create()) {
            assertThat(a.root()).isNotEqualTo(b.root());
            assertThat(a.home()).isNotEqualTo(b.home());
        }
    }
}
