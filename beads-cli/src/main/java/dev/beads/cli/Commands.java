package dev.beads.cli;

import dev.beads.cli.commands.BdSubcommand;
import dev.beads.cli.commands.BlockedCommand;
import dev.beads.cli.commands.CloseCommand;
import dev.beads.cli.commands.CommentsCommand;
import dev.beads.cli.commands.CompletionCommand;
import dev.beads.cli.commands.ConfigCommand;
import dev.beads.cli.commands.CountCommand;
import dev.beads.cli.commands.CreateCommand;
import dev.beads.cli.commands.DaemonCommand;
import dev.beads.cli.commands.DaemonsCommand;
import dev.beads.cli.commands.DeleteCommand;
import dev.beads.cli.commands.DepCommand;
import dev.beads.cli.commands.DetectPollutionCommand;
import dev.beads.cli.commands.EpicCommand;
import dev.beads.cli.commands.ExportCommand;
import dev.beads.cli.commands.ImportCommand;
import dev.beads.cli.commands.InfoCommand;
import dev.beads.cli.commands.InitCommand;
import dev.beads.cli.commands.LabelCommand;
import dev.beads.cli.commands.LintCommand;
import dev.beads.cli.commands.ListCommand;
import dev.beads.cli.commands.McpCommand;
import dev.beads.cli.commands.MigrateCommand;
import dev.beads.cli.commands.OnboardCommand;
import dev.beads.cli.commands.PrimeCommand;
import dev.beads.cli.commands.QuickstartCommand;
import dev.beads.cli.commands.ReadyCommand;
import dev.beads.cli.commands.ReopenCommand;
import dev.beads.cli.commands.SearchCommand;
import dev.beads.cli.commands.ShowCommand;
import dev.beads.cli.commands.StaleCommand;
import dev.beads.cli.commands.StatsCommand;
import dev.beads.cli.commands.UpdateCommand;
import dev.beads.cli.commands.VersionCommand;
import dev.beads.cli.session.SessionOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands of {@code bd}, in the order help lists them. Building a command's picocli model loads its classes
 * and converters, so a run registers only the command it names (start-up time is most of a {@code bd} call); help, errors
 * and completion get them all.
 */
public final class Commands {
    /** Command names in help order. */
    private static final List<String> NAMES = List.of(
            "init",
            "create",
            "list",
            "show",
            "update",
            "close",
            "reopen",
            "delete",
            "ready",
            "blocked",
            "stats",
            "stale",
            "count",
            "search",
            "lint",
            "dep",
            "label",
            "comments",
            "comment",
            "epic",
            "config",
            "export",
            "import",
            "info",
            "migrate",
            "detect-pollution",
            "version",
            "prime",
            "onboard",
            "quickstart",
            "mcp",
            "daemon",
            "daemons",
            "completion");

    /**
     * A new instance of the named command, or null. A switch, not a map of constructor references: each lambda
     * would be spun up at start-up, and start-up is most of a {@code bd} call. A statement with a return per case,
     * not a switch expression: the expression's branches merge at one type, which makes the verifier load all 27
     * command classes before the first line of a {@code bd} call runs.
     */
    static BdSubcommand create(String name) {
        switch (name) {
            case "init":
                return new InitCommand();
            case "create":
                return new CreateCommand();
            case "list":
                return new ListCommand();
            case "show":
                return new ShowCommand();
            case "update":
                return new UpdateCommand();
            case "close":
                return new CloseCommand();
            case "reopen":
                return new ReopenCommand();
            case "delete":
                return new DeleteCommand();
            case "ready":
                return new ReadyCommand();
            case "blocked":
                return new BlockedCommand();
            case "stats":
                return new StatsCommand();
            case "stale":
                return new StaleCommand();
            case "count":
                return new CountCommand();
            case "search":
                return new SearchCommand();
            case "lint":
                return new LintCommand();
            case "dep":
                return new DepCommand();
            case "label":
                return new LabelCommand();
            case "comments":
                return new CommentsCommand();
            case "comment":
                return new CommentsCommand.Add("comment");
            case "epic":
                return new EpicCommand();
            case "config":
                return new ConfigCommand();
            case "export":
                return new ExportCommand();
            case "import":
                return new ImportCommand();
            case "info":
                return new InfoCommand();
            case "migrate":
                return new MigrateCommand();
            case "detect-pollution":
                return new DetectPollutionCommand();
            case "version":
                return new VersionCommand();
            case "prime":
                return new PrimeCommand();
            case "onboard":
                return new OnboardCommand();
            case "quickstart":
                return new QuickstartCommand();
            case "mcp":
                return new McpCommand();
            case "daemon":
                return new DaemonCommand();
            case "daemons":
                return new DaemonsCommand();
            case "completion":
                return new CompletionCommand();
            default:
                return null;
        }
    }

    /** Aliases Go bd users type. */
    private static final Map<String, String> ALIASES =
            Map.of("view", "show", "new", "create", "ls", "list", "status", "stats");

    /**
     * The commands (by canonical name) that need no existing workspace; every other command works on one, and its
     * session is opened while the arguments are parsed. Aliases resolve through {@link #ALIASES}.
     */
    private static final Set<String> WITHOUT_A_WORKSPACE =
            Set.of("init", "version", "prime", "onboard", "quickstart", "mcp", "completion", "daemon", "daemons");

    /** Global options that take a value as the next argument. */
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--db", "--actor", "--lock-timeout");

    private Commands() {}

    /** Every command name, in help order. */
    public static List<String> names() {
        return NAMES;
    }

    /** A {@code bd} command line with every subcommand (help, completion). */
    public static CommandLine full(BdCommand root) {
        CommandLine cl = CommandModel.commandLine(root.model());
        for (String name : NAMES) {
            cl.addSubcommand(CommandModel.commandLine(create(name).model()));
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        // picocli's own help command, in cobra's words and bd's help layout.
        CommandSpec help = cl.getSubcommands().get("help").getCommandSpec();
        help.usageMessage().description("Help about any command.");
        HelpText.install(help);
        return cl;
    }

    /** A command line with only the subcommand {@code args} names, or with all when it names none. */
    public static CommandLine forArgs(BdCommand root, String[] args) {
        String name = subcommandName(args);
        BdSubcommand only = name == null ? null : create(ALIASES.getOrDefault(name, name));
        if (only == null) {
            return full(root);
        }
        CommandLine cl = CommandModel.commandLine(root.model());
        cl.addSubcommand(CommandModel.commandLine(only.model()));
        return cl;
    }

    /** Whether {@code args} run a command that opens the workspace (and do not ask for help). */
    static boolean opensWorkspace(String[] args) {
        String name = subcommandName(args);
        String canonical = name == null ? null : ALIASES.getOrDefault(name, name);
        if (canonical == null || !NAMES.contains(canonical) || WITHOUT_A_WORKSPACE.contains(canonical)) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The session options the global options in {@code args} will give, read before picocli parses them. A wrong
     * guess costs time, never correctness: the session opened ahead is then closed unused.
     */
    static SessionOptions guessSessionOptions(String[] args, CliEnvironment env) {
        Path db = null;
        boolean readonly = false;
        boolean sandbox = false;
        boolean noDaemon = false;
        boolean noAutoImport = false;
        boolean noAutoFlush = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--db") && i + 1 < args.length) {
                db = Path.of(args[++i]);
            } else if (arg.startsWith("--db=")) {
                db = Path.of(arg.substring("--db=".length()));
            } else if (arg.equals("--actor") || arg.equals("--lock-timeout")) {
                i++;
            } else {
                readonly |= arg.equals("--readonly");
                sandbox |= arg.equals("--sandbox");
                noDaemon |= arg.equals("--no-daemon");
                noAutoImport |= arg.equals("--no-auto-import");
                noAutoFlush |= arg.equals("--no-auto-flush");
            }
        }
        return BdCommand.sessionOptions(
                env, db, readonly, sandbox, noDaemon, noAutoImport, noAutoFlush, commandName(args));
    }

    /** The canonical name of the command {@code args} run ({@code view} is {@code show}), or null. */
    static String commandName(String[] args) {
        String name = subcommandName(args);
        return name == null ? null : ALIASES.getOrDefault(name, name);
    }

    /** The first argument that is not a global option (or its value), or null. */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
            if (GLOBAL_WITH_VALUE.contains(arg)) {
                i++;
            }
        }
        return null;
    }
}
