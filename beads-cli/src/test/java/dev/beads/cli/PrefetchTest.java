package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.DaemonStatus;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionFactory;
import dev.beads.cli.session.SessionOptions;
import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session opened ahead, while the arguments are parsed, is used only when the parsed options match it. */
class PrefetchTest {
    private final List<String> log = new ArrayList<>();

    private final SessionFactory recording = new SessionFactory() {
        @Override
        public Session open(SessionOptions options) {
            String name =
                    "session" + log.stream().filter(l -> l.startsWith("open")).count();
            log.add("open " + name + " readonly=" + options.readonly());
            return new Session() {
                @Override
                public void prepare() {
                    log.add("prepare " + name);
                }

                @Override
                public Ports forRead() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Ports forWrite() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Workspace workspace() {
                    return Workspace.at(Path.of("/tmp"));
                }

                @Override
                public DaemonStatus daemonStatus() {
                    return new DaemonStatus("test", null, DaemonStatus.NONE, null, null);
                }

                @Override
                public void close() {
                    log.add("close " + name);
                }
            };
        }

        @Override
        public Session initialise(Path root, String prefix, SessionOptions options) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void guess_readsTheGlobalOptionsThatDecideTheSession() {
        CliEnvironment env = InProcess.environment(Path.of("/w"));
        SessionOptions guess = Commands.guessSessionOptions(
                new String[] {"--db=x/beads.db", "list", "--sandbox", "--actor", "--readonly"}, env);
        assertThat(guess.dbFlag()).isEqualTo(Path.of("x/beads.db"));
        assertThat(guess.sandbox()).isTrue();
        assertThat(guess.readonly()).as("--readonly was --actor's value").isFalse();
        assertThat(guess.noDaemon()).as("sandbox implies no daemon").isTrue();
    }

    @Test
    void onlyWorkspaceCommands_withoutHelp_openAhead() {
        assertThat(Commands.opensWorkspace(new String[] {"--json", "ready"})).isTrue();
        assertThat(Commands.opensWorkspace(new String[] {"view", "bd-1"})).isTrue();
        assertThat(Commands.opensWorkspace(new String[] {"ready", "--help"})).isFalse();
        assertThat(Commands.opensWorkspace(new String[] {"init"})).isFalse();
        assertThat(Commands.opensWorkspace(new String[] {"version"})).isFalse();
        assertThat(Commands.opensWorkspace(new String[] {})).isFalse();
        assertThat(Commands.opensWorkspace(new String[] {"frobnicate"}))
                .as("unknown command")
                .isFalse();
        assertThat(Commands.opensWorkspace(new String[] {"help", "ready"})).isFalse();
        for (String none : List.of(
                "init", "version", "prime", "onboard", "quickstart", "mcp", "completion", "daemon", "daemons")) {
            assertThat(Commands.opensWorkspace(new String[] {none})).as(none).isFalse();
        }
        assertThat(Commands.names().stream()
                        .filter(name -> Commands.opensWorkspace(new String[] {name}))
                        .count())
                .as("every other command works on a workspace")
                .isEqualTo(Commands.names().size() - 9);
    }

    @Test
    void matchingGuess_isTheSessionTheCommandGets() {
        BdCommand root = new BdCommand(InProcess.environment(Path.of("/w")), recording);
        prefetch(root, root.sessionOptions());
        Session s = root.session();
        root.closeSession();
        assertThat(s.mode()).isEqualTo("test");
        assertThat(log).containsExactly("open session0 readonly=false", "prepare session0", "close session0");
    }

    @Test
    void wrongGuess_isClosedUnused_andTheRightSessionOpened() {
        BdCommand root = new BdCommand(InProcess.environment(Path.of("/w")), recording);
        prefetch(root, Commands.guessSessionOptions(new String[] {"--readonly", "ready"}, root.env()));
        root.session();
        root.closeSession();
        assertThat(log)
                .containsExactly(
                        "open session0 readonly=true",
                        "prepare session0",
                        "close session0",
                        "open session1 readonly=false",
                        "close session1");
    }

    @Test
    void commandThatNeverAsks_stillClosesThePrefetchedSession() {
        BdCommand root = new BdCommand(InProcess.environment(Path.of("/w")), recording);
        prefetch(root, root.sessionOptions());
        root.closeSession();
        assertThat(log).endsWith("close session0");
    }

    /** What {@link Cli#run} does before parsing. */
    private void prefetch(BdCommand root, SessionOptions guess) {
        root.prefetched(BdCommand.openAhead(recording, guess), guess);
    }
}
