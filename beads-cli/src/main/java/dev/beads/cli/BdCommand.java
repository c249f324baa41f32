package dev.beads.cli;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Style;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionFactory;
import dev.beads.cli.session.SessionOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code bd} itself: the global options (accepted before or after the subcommand) and the lazily opened session
 * that every subcommand shares. The subcommands are registered by {@link Commands}.
 */
@Command(
        name = "bd",
        mixinStandardHelpOptions = true,
        versionProvider = BdVersion.class,
        scope = ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        // No header: with scope INHERIT every subcommand would show it as its summary.
        description = {
            "bd - a git-backed issue tracker for coding agents (beads for the JVM).",
            "Issues live in .beads/ (SQLite for queries, issues.jsonl for git). 'bd ready' shows what can be"
                    + " worked on now.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 internal error, 2 usage or invalid input, 3 not found, 4 conflict,"
                    + " 5 backend or daemon unavailable."
        })
public final class BdCommand implements Callable<Integer> {

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Output JSON (Go bd's shapes) for agents.")
    boolean json;

    @Option(names = "--no-daemon", scope = ScopeType.INHERIT, description = "Run in-process, without a daemon.")
    boolean noDaemon;

    @Option(
            names = "--db",
            paramLabel = "<file>",
            scope = ScopeType.INHERIT,
            description = "Use this database (.beads/beads.db of a workspace) instead of discovery.")
    Path db;

    @Option(
            names = "--actor",
            paramLabel = "<name>",
            scope = ScopeType.INHERIT,
            description = "Who is acting (default: $BD_ACTOR, git user.name, $USER).")
    String actorFlag;

    @Option(names = "--readonly", scope = ScopeType.INHERIT, description = "Refuse changes; write nothing.")
    boolean readonly;

    @Option(
            names = "--sandbox",
            scope = ScopeType.INHERIT,
            description = "Sandbox mode: no daemon, no automatic import or JSONL flush.")
    boolean sandbox;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Print only what scripts need.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Show stack traces and details of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final CliEnvironment env;
    private final SessionFactory sessions;
    private Output output;
    private Session session;
    private Session prefetched;
    private SessionOptions prefetchedFor;
    private String actor;

    public BdCommand(CliEnvironment env, SessionFactory sessions) {
        this.env = env;
        this.sessions = sessions;
    }

    /** {@code bd} alone prints the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(env.out());
        return ExitCodes.OK;
    }

    public CliEnvironment env() {
        return env;
    }

    public SessionFactory sessions() {
        return sessions;
    }

    public boolean verbose() {
        return verbose;
    }

    /** The output, configured by the global options (available once arguments are parsed). */
    public Output output() {
        if (output == null) {
            output = new Output(env.out(), env.err(), new Style(env.colour() && !json), json, quiet);
        }
        return output;
    }

    /** The options that decide how sessions open. */
    public SessionOptions sessionOptions() {
        return sessionOptions(env, db, readonly, sandbox, noDaemon);
    }

    /** Session options from global option values (also used before parsing, to open ahead). */
    static SessionOptions sessionOptions(
            CliEnvironment env, Path db, boolean readonly, boolean sandbox, boolean noDaemon) {
        boolean noDaemonEnv = truthy(env.getenv("BEADS_NO_DAEMON"));
        return new SessionOptions(env.cwd(), db, env.env(), readonly, sandbox, noDaemon || noDaemonEnv || sandbox);
    }

    /**
     * Starts opening a session for options guessed from the raw arguments, before they are parsed. The command's
     * {@link #session()} uses it when its options turn out the same; otherwise it is closed unused.
     */
    void prefetch(SessionOptions guess) {
        prefetched = sessions.open(guess);
        prefetchedFor = guess;
        prefetched.prepare();
    }

    /** The session, opened on first use (or ahead, by {@link #prefetch}). */
    public Session session() {
        if (session == null) {
            SessionOptions options = sessionOptions();
            if (prefetched != null && options.equals(prefetchedFor)) {
                session = prefetched;
                prefetched = null;
            } else {
                discardPrefetched();
                session = sessions.open(options);
            }
        }
        return session;
    }

    private void discardPrefetched() {
        if (prefetched != null) {
            Session unused = prefetched;
            prefetched = null;
            unused.close();
        }
    }

    /** Adopts a session a command opened itself ({@code bd init}), so it is closed like any other. */
    public void adopt(Session opened) {
        discardPrefetched();
        if (session != null) {
            throw new IllegalStateException("a session is open already");
        }
        session = opened;
    }

    /** Closes the session if one was opened (in direct mode this writes the JSONL after a change). */
    public void closeSession() {
        try {
            discardPrefetched();
        } finally {
            if (session != null) {
                Session s = session;
                session = null;
                s.close();
            }
        }
    }

    /** The actor for audit events and authorship, resolved once. */
    public String actor() {
        if (actor == null) {
            actor = Actor.resolve(actorFlag, env);
        }
        return actor;
    }

    static boolean truthy(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }
}
