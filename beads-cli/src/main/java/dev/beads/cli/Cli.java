package dev.beads.cli;

import dev.beads.cli.output.Output;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionFactory;
import dev.beads.cli.session.SessionOptions;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.IoProblems;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one {@code bd} command line and returns its exit code, without exiting (tests run it in-process). Failures
 * become one line on stderr with a hint, and an exit code from {@link ExitCodes}; {@code -v} adds the stack trace.
 * Under {@code --json}, a failed command also prints {@code {"error": …}} on stdout, as Go bd does.
 */
public final class Cli {
    private final CliEnvironment env;
    private final SessionFactory sessions;

    public Cli(CliEnvironment env, SessionFactory sessions) {
        this.env = env;
        this.sessions = sessions;
    }

    /** Runs {@code bd args…}. */
    public int run(String... args) {
        // The workspace opens on another thread while picocli's model is built and the arguments are parsed.
        SessionOptions guess = Commands.opensWorkspace(args) ? Commands.guessSessionOptions(args, env) : null;
        Session ahead = guess == null ? null : BdCommand.openAhead(sessions, guess);
        BdCommand root = new BdCommand(env, sessions);
        root.command(Commands.commandName(args));
        if (ahead != null) {
            root.prefetched(ahead, guess);
        }
        CommandLine cl = Commands.forArgs(root, args);
        cl.setOut(new PrintWriter(env.out(), true));
        cl.setErr(new PrintWriter(env.err(), true));
        cl.setParameterExceptionHandler(this::onParameterError);
        cl.setExecutionExceptionHandler((e, line, parsed) -> onFailure(e, root));
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | LinkageError e) {
            // picocli hands Exceptions from commands to the handler above; this catches what escapes it (a broken
            // class path shows up as a LinkageError).
            code = onFailure(e, root);
        }
        code = finish(root, code);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /**
     * Closes the session (writing the JSONL after a change); a failure there fails the command. After a failed
     * command, a failure to close is a consequence of the first one and shown only with {@code -v}.
     */
    private int finish(BdCommand root, int code) {
        try {
            root.closeSession();
            return code;
        } catch (RuntimeException | LinkageError e) {
            if (code != ExitCodes.OK) {
                if (root.verbose()) {
                    e.printStackTrace(env.err());
                }
                return code;
            }
            return onFailure(e, root);
        }
    }

    private int onFailure(Throwable thrown, BdCommand root) {
        env.out().flush();
        Throwable e = reported(thrown);
        String message = message(e);
        Output output = root.output();
        if (output.json() && root.storeWasOpened()) {
            // Go bd v0.39.1 cmd/bd/errors.go:38-47 (FatalErrorRespectJSON): a command's failure is {"error": message}
            // on stdout under --json; finding and opening the database (main.go:574, PersistentPreRun) stays text.
            // The line on stderr stays: beads-mcp's CLI client reports stderr (bd_client.py:305-309).
            output.json(g -> {
                g.writeStartObject();
                g.writeStringField("error", message);
                g.writeEndObject();
            });
        }
        output.error(message);
        if (root.verbose()) {
            thrown.printStackTrace(env.err());
        }
        return ExitCodes.of(e);
    }

    /**
     * The failure to report: the first beads failure in the cause chain, when a library wrapped one (a picocli
     * ExecutionException, a future's ExecutionException), else an I/O failure in it as a backend failure, else the
     * failure itself.
     */
    static Throwable reported(Throwable thrown) {
        IOException io = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BeadsException) {
                return t;
            }
            if (io == null && t instanceof IOException e) {
                io = e;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        // A file or stream failure that no adapter named: still the user's file system, not a bug in bd.
        return io == null ? thrown : IoProblems.failure("input/output failed", io);
    }

    static String message(Throwable e) {
        if (e instanceof BeadsException) {
            return e.getMessage();
        }
        String detail =
                e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return "internal error: " + detail + " (run again with -v for the stack trace, and report it)";
    }

    /** picocli's own errors (unknown option, missing value): usage errors, exit 2. */
    private int onParameterError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String hint = "run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage";
        // Some picocli messages carry their own "Error: " (mutually exclusive options) or a full stop (unknown
        // subcommand); the line gets one prefix and goes on after a semicolon.
        String message = cobraMessage(e, cl);
        if (message.startsWith("Error: ")) {
            message = message.substring(7);
        }
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        StringBuilder line = new StringBuilder(message);
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            line.append(" (did you mean ")
                    .append(String.join(" or ", unmatched.getSuggestions()))
                    .append("?)");
        }
        line.append("; ").append(hint);
        env.err().println("Error: " + line);
        if (isVerbose(cl.getParseResult())) {
            e.printStackTrace(env.err());
        }
        return ExitCodes.USAGE;
    }

    /** Go bd's (cobra's) words for a missing or extra argument; picocli's message for anything else. */
    private static String cobraMessage(ParameterException e, CommandLine cl) {
        String cobra = null;
        if (e instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            cobra = CommandModel.missingMessage(
                    cl.getCommandSpec(), missing.getMissing().get(0));
        } else if (e instanceof UnmatchedArgumentException unmatched) {
            cobra = CommandModel.excessMessage(cl.getCommandSpec(), unmatched.getUnmatched());
        }
        return cobra == null ? e.getMessage() : cobra;
    }

    private static boolean isVerbose(ParseResult parsed) {
        return parsed != null && (parsed.hasMatchedOption("-v") || parsed.hasMatchedOption("--verbose"));
    }
}
