package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionFactory;
import dev.beads.cli.session.SessionOptions;
import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are caught before any workspace is used: one line on stderr, exit 2. */
class CliUsageTest {
    @TempDir
    Path dir;

    /** Fails the test if a command uses a workspace (it may be opened ahead, as a hint). */
    private static final SessionFactory NO_WORKSPACE = new SessionFactory() {
        @Override
        public Session open(SessionOptions options) {
            return new Session() {
                @Override
                public Ports forRead() {
                    throw new AssertionError("no workspace should be read");
                }

                @Override
                public Ports forWrite() {
                    throw new AssertionError("no workspace should be changed");
                }

                @Override
                public Workspace workspace() {
                    throw new AssertionError("no workspace should be used");
                }

                @Override
                public String mode() {
                    return "none";
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public Session initialise(Path root, String prefix, SessionOptions options) {
            throw new AssertionError("no session should be initialised");
        }
    };

    private InProcess bd() {
        return new InProcess(dir, NO_WORKSPACE);
    }

    @Test
    void unknownOption_isAUsageError_withAHint() {
        InProcess.Result r = bd().run("ready", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Error: Unknown option: '--frobnicate'");
        assertThat(r.stderr()).contains("run 'bd ready --help'");
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void unknownCommand_isAUsageError() {
        InProcess.Result r = bd().run("frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Error: unknown command \"frobnicate\" for \"bd\"");
    }

    @Test
    void helpForAnUnknownCommand_isAUsageError_inOneSentence() {
        InProcess.Result r = bd().run("help", "frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr())
                .startsWith("Error: Unknown subcommand 'frobnicate'; run 'bd --help' for usage")
                .doesNotContain(".;");
    }

    @Test
    void createWithoutTitle_saysTitleRequired() {
        InProcess.Result r = bd().run("create");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("title required");
    }

    @Test
    void createWithEmptyTitle_saysTitleIsRequired() {
        InProcess.Result r = bd().run("create", "");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("title is required");
    }

    @Test
    void createWithInvalidPriority_failsBeforeOpeningTheWorkspace() {
        InProcess.Result r = bd().run("create", "Test", "--priority", "99");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("invalid priority");
        assertThat(r.stderr().lines()).hasSize(1);
    }

    @Test
    void showWithoutIds_saysIssueIdIsRequired() {
        InProcess.Result r = bd().run("show");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("issue ID is required");
    }

    @Test
    void noStackTrace_withoutVerbose_butOneWithIt() {
        assertThat(bd().run("show").stderr()).doesNotContain("\tat ");
        assertThat(bd().run("show", "-v").stderr()).contains("\tat ");
    }

    @Test
    void version_needsNoWorkspace() {
        InProcess.Result r = bd().run("version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).startsWith("bd version ");
    }

    @Test
    void bdAlone_printsUsage() {
        InProcess.Result r = bd().run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("\nUsage:\n  bd [flags]\n");
        assertThat(r.stdout()).containsPattern("\\n  ready\\s+Show ready work");
        assertThat(r.stdout()).containsPattern("\\n  create\\s+Create an issue");
    }

    @Test
    void completion_printsScriptsForBashAndZsh() {
        assertThat(bd().run("completion", "bash").stdout())
                .contains("complete -F")
                .contains("quickstart");
        assertThat(bd().run("completion", "zsh").stdout()).startsWith("autoload -U +X compinit");
        assertThat(bd().run("completion", "fish").exitCode()).isEqualTo(2);
    }

    @Test
    void primeAndOnboard_printTheirText() {
        assertThat(bd().run("prime").stdout()).contains("bd ready");
        assertThat(bd().run("onboard").stdout()).contains("AGENTS.md");
    }
}
