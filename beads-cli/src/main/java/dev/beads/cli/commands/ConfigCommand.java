package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bd config}: workspace settings kept in the database (such as {@code issue_prefix}). */
@Command(
        name = "config",
        description = "Get and set workspace configuration (issue_prefix, status.custom, types.custom, …).",
        subcommands = {
            ConfigCommand.Get.class,
            ConfigCommand.Set.class,
            ConfigCommand.ListAll.class,
            ConfigCommand.Unset.class
        })
public final class ConfigCommand extends BdSubcommand {

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd config get <key>}. */
    @Command(name = "get", description = "Print a value.")
    public static final class Get extends BdSubcommand {
        @Parameters(index = "0", paramLabel = "<key>")
        String key;

        @Override
        protected int execute() {
            Optional<String> value = reading().config().get(key);
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("key", key, "value", value.orElse(null))));
            } else {
                out.line(value.orElse(key + " (not set)"));
            }
            return 0;
        }
    }

    /** {@code bd config set <key> <value>}. */
    @Command(name = "set", description = "Set a value.")
    public static final class Set extends BdSubcommand {
        @Parameters(index = "0", paramLabel = "<key>")
        String key;

        @Parameters(index = "1", paramLabel = "<value>")
        String value;

        @Override
        protected int execute() {
            writing().config().set(key, value);
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("key", key, "value", value)));
            } else if (!out.quiet()) {
                out.line("Set " + key + " = " + value);
            }
            return 0;
        }
    }

    /** {@code bd config list}. */
    @Command(name = "list", description = "Print every value.")
    public static final class ListAll extends BdSubcommand {
        @Override
        protected int execute() {
            Map<String, String> all = reading().config().list();
            Output out = out();
            if (json()) {
                out.json(Shapes.object(all));
            } else if (all.isEmpty()) {
                out.line("No configuration set");
            } else {
                out.line();
                out.line("Configuration:");
                all.forEach((k, v) -> out.line("  " + k + " = " + v));
            }
            return 0;
        }
    }

    /** {@code bd config unset <key>}. */
    @Command(name = "unset", description = "Remove a value.")
    public static final class Unset extends BdSubcommand {
        @Parameters(index = "0", paramLabel = "<key>")
        String key;

        @Override
        protected int execute() {
            boolean removed = writing().config().unset(key);
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("key", key, "removed", removed)));
            } else if (!out.quiet()) {
                out.line(removed ? "Unset " + key : key + " was not set");
            }
            return 0;
        }
    }
}
