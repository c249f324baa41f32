package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.json.Shapes;
import java.util.Map;
import java.util.Optional;

/** {@code bd config}: workspace settings kept in the database (such as {@code issue_prefix}). */
public final class ConfigCommand extends BdSubcommand {
    public ConfigCommand() {
        super("config");
        model.description("Get and set workspace configuration (issue_prefix, status.custom, types.custom, …).");
        model.subcommand(new ConfigCommand.Get().model());
        model.subcommand(new ConfigCommand.Set().model());
        model.subcommand(new ConfigCommand.ListAll().model());
        model.subcommand(new ConfigCommand.Unset().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd config get <key>}. */
    public static final class Get extends BdSubcommand {
        public Get() {
            super("get");
            model.description("Print a value.");
        }

        final Arg<String> key = model.positional("0", "<key>").string();

        @Override
        protected int execute() {
            Optional<String> value = reading().config().get(key.get());
            Output out = out();
            if (json()) {
                // Go bd v0.39.1 cmd/bd/config.go:160: map[string]string, "" when not set.
                out.json(Shapes.object(Shapes.sorted("key", key.get(), "value", value.orElse(""))));
            } else {
                out.line(value.orElse(key.get() + " (not set)"));
            }
            return 0;
        }
    }

    /** {@code bd config set <key> <value>}. */
    public static final class Set extends BdSubcommand {
        public Set() {
            super("set");
            model.description("Set a value.");
        }

        final Arg<String> key = model.positional("0", "<key>").string();

        final Arg<String> value = model.positional("1", "<value>").string();

        @Override
        protected int execute() {
            writing().config().set(key.get(), value.get());
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("key", key.get(), "value", value.get())));
            } else if (!out.quiet()) {
                out.line("Set " + key.get() + " = " + value.get());
            }
            return 0;
        }
    }

    /** {@code bd config list}. */
    public static final class ListAll extends BdSubcommand {
        public ListAll() {
            super("list");
            model.description("Print every value.");
        }

        @Override
        protected int execute() {
            Map<String, String> all = reading().config().list();
            Output out = out();
            if (json()) {
                out.json(Shapes.object(new java.util.TreeMap<>(all))); // config.go:192, a map: sorted
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
    public static final class Unset extends BdSubcommand {
        public Unset() {
            super("unset");
            model.description("Remove a value.");
        }

        final Arg<String> key = model.positional("0", "<key>").string();

        @Override
        protected int execute() {
            boolean removed = writing().config().unset(key.get());
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.sorted("key", key.get()))); // config.go:235
            } else if (!out.quiet()) {
                out.line(removed ? "Unset " + key.get() : key.get() + " was not set");
            }
            return 0;
        }
    }
}
