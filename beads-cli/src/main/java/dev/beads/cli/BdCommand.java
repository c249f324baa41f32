package dev.beads.cli;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Style;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionFactory;
import dev.beads.cli.session.SessionOptions;
import dev.beads.core.model.GoDuration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ScopeType;

/**
 * {@code bd} itself: the global options (accepted before or after the subcommand) and the lazily opened session
 * that every subcommand shares. The subcommands are registered by {@link Commands}.
 */
public final class BdCommand implements Callable<Integer> {
    private final CommandModel model = CommandModel.of(this, "bd")
            .description(
                    "bd - a git-backed issue tracker for coding agents (beads for the JVM).",
                    "Issues live in .beads/ (SQLite for queries, issues.jsonl for git). 'bd ready' shows what can be"
                            + " worked on now.",
                    "")
            .footer(
                    "",
                    "Exit codes: 0 ok, 1 a bug in bd (or: bd lint found warnings), 2 usage or invalid input, 3 not found,"
                            + " 4 conflict, 5 backend or daemon unavailable.");

    private final Arg<Boolean> json = model.option("--json")
            .global()
            .description("Output JSON (Go bd's shapes) for agents.")
            .flag();

    private final Arg<Boolean> noDaemon = model.option("--no-daemon")
            .global()
            .description("Run in-process, without a daemon.")
            .flag();

    private final Arg<Path> db = model.option("--db")
            .label("<file>")
            .global()
            .description("Use this database (.beads/beads.db of a workspace) instead of discovery.")
            .path();

    private final Arg<String> actorFlag = model.option("--actor")
            .label("<name>")
            .global()
            .description("Who is acting (default: $BD_ACTOR, git user.name, $USER).")
            .string();

    private final Arg<Boolean> readonly = model.option("--readonly")
            .global()
            .description("Refuse changes; write nothing.")
            .flag();

    private final Arg<Boolean> sandbox = model.option("--sandbox")
            .global()
            .description("Sandbox mode: no daemon, no automatic import or JSONL flush.")
            .flag();

    // Go bd v0.39.1 cmd/bd/main.go:142-149: accepted on every command, as clients pass them.
    private final Arg<Boolean> noAutoFlush = model.option("--no-auto-flush")
            .global()
            .description("Do not write the JSONL after a change (the change stays dirty until the next flush).")
            .flag();

    private final Arg<Boolean> noAutoImport = model.option("--no-auto-import")
            .global()
            .description("Do not import the JSONL when it changed since the last import.")
            .flag();

    private final Arg<Boolean> allowStale = model.option("--allow-stale")
            .global()
            .description("Accepted for Go bd; bd imports a changed JSONL instead of refusing stale data.")
            .flag();

    private final Arg<Boolean> noDb = model.option("--no-db")
            .global()
            .description("Accepted for Go bd; the database is rebuilt from the JSONL when it is missing.")
            .flag();

    private final Arg<String> lockTimeout = model.option("--lock-timeout")
            .label("<duration>")
            .global()
            .description("Accepted for Go bd (e.g. 30s); SQLite waits 5 s for another writer.")
            .string();

    private final Arg<Boolean> profile = model.option("--profile")
            .global()
            .description("Accepted for Go bd; no CPU profile is written (use JFR).")
            .flag();

    private final Arg<Boolean> quiet = model.option("-q", "--quiet")
            .global()
            .description("Print only what scripts need.")
            .flag();

    private final Arg<Boolean> verbose = model.option("-v", "--verbose")
            .global()
            .description("Show stack traces and details of errors.")
            .flag();

    /** The command's picocli model (the subcommands are added by {@link Commands}). */
    CommandModel model() {
        return model;
    }

    private final CliEnvironment env;
    private final SessionFactory sessions;
    private Output output;
    private Session session;
    private boolean storeOpened;
    private Session prefetched;
    private SessionOptions prefetchedFor;
    private String actor;
    private String command;

    public BdCommand(CliEnvironment env, SessionFactory sessions) {
        this.env = env;
        this.sessions = sessions;
        model.spec().versionProvider(new BdVersion());
        model.spec().usageMessage().autoWidth(true);
        // Subcommands inherit the usage settings; not a header: every subcommand would show it as its summary.
        model.spec().scopeType(ScopeType.INHERIT);
    }

    /** {@code bd} alone prints the usage. */
    @Override
    public Integer call() {
        model.spec().commandLine().usage(env.out());
        return ExitCodes.OK;
    }

    public CliEnvironment env() {
        return env;
    }

    public SessionFactory sessions() {
        return sessions;
    }

    /**
     * The width help wraps to: a terminal's ({@code $COLUMNS}, else picocli's detection), 80 when stdout is not a
     * terminal (a pipe, a file, an agent's tool call).
     */
    int helpWidth() {
        if (!env.stdoutTty()) {
            return 80;
        }
        String columns = env.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException notANumber) {
                // fall through to the terminal's own width
            }
        }
        return Math.max(40, model.spec().usageMessage().width());
    }

    public boolean verbose() {
        return verbose.get();
    }

    /** The output, configured by the global options (available once arguments are parsed). */
    public Output output() {
        if (output == null) {
            output = new Output(env.out(), env.err(), new Style(env.colour() && !json.get()), json.get(), quiet.get());
        }
        return output;
    }

    /** The options that decide how sessions open. */
    public SessionOptions sessionOptions() {
        GoDuration.parse("--lock-timeout", lockTimeout.get()); // a bad value is a usage error, as in Go bd
        return sessionOptions(
                env,
                db.get(),
                readonly.get(),
                sandbox.get(),
                noDaemon.get(),
                noAutoImport.get(),
                noAutoFlush.get(),
                command);
    }

    /** The command being run (its canonical name), which decides whether a daemon may serve it. */
    void command(String name) {
        command = name;
    }

    /** Session options from global option values (also used before parsing, to open ahead). */
    static SessionOptions sessionOptions(
            CliEnvironment env,
            Path db,
            boolean readonly,
            boolean sandbox,
            boolean noDaemon,
            boolean noAutoImport,
            boolean noAutoFlush,
            String command) {
        boolean noDaemonEnv = truthy(env.getenv("BEADS_NO_DAEMON"));
        return new SessionOptions(
                env.cwd(),
                db,
                env.env(),
                readonly,
                sandbox,
                noDaemon || noDaemonEnv || sandbox,
                noAutoImport,
                noAutoFlush,
                command);
    }

    /**
     * A session for options guessed from the raw arguments that has started opening, before they are parsed (and
     * before this command's model is built). Handed to {@link #prefetched}.
     */
    static Session openAhead(SessionFactory sessions, SessionOptions guess) {
        Session ahead = sessions.open(guess);
        ahead.prepare();
        return ahead;
    }

    /**
     * Takes a session {@link #openAhead opened ahead} for {@code guess}. The command's {@link #session()} uses it
     * when its options turn out the same; otherwise it is closed unused.
     */
    void prefetched(Session ahead, SessionOptions guess) {
        prefetched = ahead;
        prefetchedFor = guess;
    }

    /** Notes that a command got its ports: the workspace was found and opened. */
    public void storeOpened() {
        storeOpened = true;
    }

    /**
     * Whether a command got its ports: a failure after that is the command's own (Go bd prints those as JSON under
     * {@code --json}); one before it (no workspace, a database that cannot be opened) is Go's pre-run text.
     */
    public boolean storeWasOpened() {
        return storeOpened;
    }

    /** The session, opened on first use (or ahead: {@link #prefetched}). */
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
            actor = Actor.resolve(actorFlag.get(), env);
        }
        return actor;
    }

    /** Go bd's truthy environment values (daemon_autostart.go:50): 1, true, yes, on, in any case and spacing. */
    static boolean truthy(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
    }
}
