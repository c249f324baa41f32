package dev.beads.cli;

import dev.beads.cli.commands.BlockedCommand;
import dev.beads.cli.commands.CloseCommand;
import dev.beads.cli.commands.CommentsCommand;
import dev.beads.cli.commands.CompletionCommand;
import dev.beads.cli.commands.ConfigCommand;
import dev.beads.cli.commands.CountCommand;
import dev.beads.cli.commands.CreateCommand;
import dev.beads.cli.commands.DeleteCommand;
import dev.beads.cli.commands.DepCommand;
import dev.beads.cli.commands.EpicCommand;
import dev.beads.cli.commands.ExportCommand;
import dev.beads.cli.commands.ImportCommand;
import dev.beads.cli.commands.InfoCommand;
import dev.beads.cli.commands.InitCommand;
import dev.beads.cli.commands.LabelCommand;
import dev.beads.cli.commands.ListCommand;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code bd}, in the order help lists them. Building a picocli model costs reflection per
 * command, so a run registers only the command it names (start-up time is most of a {@code bd} call); help, errors
 * and completion get them all.
 */
public final class Commands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("init", InitCommand::new);
        ALL.put("create", CreateCommand::new);
        ALL.put("list", ListCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("update", UpdateCommand::new);
        ALL.put("close", CloseCommand::new);
        ALL.put("reopen", ReopenCommand::new);
        ALL.put("delete", DeleteCommand::new);
        ALL.put("ready", ReadyCommand::new);
        ALL.put("blocked", BlockedCommand::new);
        ALL.put("stats", StatsCommand::new);
        ALL.put("stale", StaleCommand::new);
        ALL.put("count", CountCommand::new);
        ALL.put("search", SearchCommand::new);
        ALL.put("dep", DepCommand::new);
        ALL.put("label", LabelCommand::new);
        ALL.put("comments", CommentsCommand::new);
        ALL.put("epic", EpicCommand::new);
        ALL.put("config", ConfigCommand::new);
        ALL.put("export", ExportCommand::new);
        ALL.put("import", ImportCommand::new);
        ALL.put("info", InfoCommand::new);
        ALL.put("version", VersionCommand::new);
        ALL.put("prime", PrimeCommand::new);
        ALL.put("onboard", OnboardCommand::new);
        ALL.put("quickstart", QuickstartCommand::new);
        ALL.put("completion", CompletionCommand::new);
    }

    /** Aliases Go bd users type. */
    private static final Map<String, String> ALIASES =
            Map.of("view", "show", "comment", "comments", "new", "create", "ls", "list");

    /** Global options that take a value as the next argument. */
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--db", "--actor");

    private Commands() {}

    /** Every command name, in help order. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** A {@code bd} command line with every subcommand (help, completion). */
    public static CommandLine full(BdCommand root) {
        CommandLine cl = new CommandLine(root);
        ALL.values().forEach(s -> cl.addSubcommand(s.get()));
        cl.addSubcommand(new CommandLine.HelpCommand());
        return cl;
    }

    /** A command line with only the subcommand {@code args} names, or with all when it names none. */
    public static CommandLine forArgs(BdCommand root, String[] args) {
        String name = subcommandName(args);
        Supplier<Object> only = name == null ? null : ALL.get(ALIASES.getOrDefault(name, name));
        if (only == null) {
            return full(root);
        }
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(only.get());
        return cl;
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
