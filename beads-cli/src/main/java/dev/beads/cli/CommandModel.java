package dev.beads.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * A command's picocli model, declared in code: picocli's programmatic API behind a small builder. A command
 * declares its options in field initialisers ({@code final Arg<String> title = model.option("--title")…string();})
 * and reads them with {@link Arg#get()} once picocli has parsed the arguments.
 *
 * <p>Not picocli's annotations: reading them costs a cold {@code bd} about a third of its start-up (the JDK
 * generates a proxy class per annotation type, and fields are set through reflection), and a {@code bd} call is
 * mostly start-up (docs/DECISIONS.md).
 */
public final class CommandModel {
    /**
     * Creates the collections picocli fills with repeated values; nothing else (every command, converter and provider
     * here is built in code, so picocli's reflective default factory is not needed).
     */
    private static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> cls) {
            if (cls.isAssignableFrom(ArrayList.class)) {
                return cls.cast(new ArrayList<>());
            }
            throw new CommandLine.InitializationException("bd declares its commands in code; cannot create " + cls);
        }
    };

    private final CommandSpec spec;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /** The model of a command named {@code name} that {@code command} (a {@code Callable<Integer>}) runs. */
    public static CommandModel of(Object command, String name) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY);
        spec.name(name);
        HelpText.install(spec);
        CommandModel model = new CommandModel(spec);
        // picocli's standard help options (mixinStandardHelpOptions), on every command as picocli adds them.
        model.option("-h", "--help")
                .description("Show this help message and exit.")
                .usageHelp();
        model.option("-V", "--version")
                .description("Print version information and exit.")
                .versionHelp();
        return model;
    }

    /** A command line for {@code model}: picocli's parser and help over the declared model. */
    public static CommandLine commandLine(CommandModel model) {
        return new CommandLine(model.spec, FACTORY);
    }

    public CommandSpec spec() {
        return spec;
    }

    public CommandModel aliases(String... aliases) {
        spec.aliases(aliases);
        return this;
    }

    /** The usage text's description lines. */
    public CommandModel description(String... lines) {
        spec.usageMessage().description(lines);
        return this;
    }

    public CommandModel footer(String... lines) {
        spec.usageMessage().footer(lines);
        return this;
    }

    /** Adds a nested subcommand ({@code bd dep add}). */
    public CommandModel subcommand(CommandModel sub) {
        spec.addSubcommand(sub.spec.name(), commandLine(sub));
        return this;
    }

    /** Starts an option with these names; a terminal method ({@link Option#string()}, …) adds it. */
    public Option option(String... names) {
        return new Option(names);
    }

    /** Starts the positional parameter at {@code index} ("0", "1", "0..*"), shown as {@code label} in the usage. */
    public Positional positional(String index, String label) {
        return new Positional(index, label);
    }

    /** Makes the given options mutually exclusive, at most one of them given. */
    public CommandModel exclusive(Arg<?>... options) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity("0..1");
        for (Arg<?> option : options) {
            spec.remove(option.spec());
            group.addArg(option.spec());
        }
        spec.addArgGroup(group.build());
        return this;
    }

    /** An option being declared. */
    public final class Option {
        private final OptionSpec.Builder builder;

        private Option(String[] names) {
            builder = OptionSpec.builder(names);
        }

        public Option label(String paramLabel) {
            builder.paramLabel(paramLabel);
            return this;
        }

        public Option description(String... lines) {
            builder.description(lines);
            return this;
        }

        /** Accepted by every subcommand too (a global option of {@code bd}). */
        public Option global() {
            builder.scopeType(ScopeType.INHERIT);
            return this;
        }

        /** {@code -h, --help}: prints the usage instead of running the command. */
        public Arg<Boolean> usageHelp() {
            builder.usageHelp(true);
            return flag();
        }

        /** {@code -V, --version}: prints the version instead of running the command. */
        public Arg<Boolean> versionHelp() {
            builder.versionHelp(true);
            return flag();
        }

        /** A switch: true when given. */
        public Arg<Boolean> flag() {
            return add(builder.type(boolean.class).arity("0").initialValue(false), false);
        }

        /**
         * A switch that also takes {@code =true} or {@code =false}, as Go's cobra flags do ({@code --tree=false}
         * from clients of newer Go bd); false when not given.
         */
        public Arg<Boolean> flagWithValue() {
            return add(builder.type(boolean.class).arity("0..1").initialValue(false), false);
        }

        /** One value; null when not given. */
        public Arg<String> string() {
            return add(builder.type(String.class), null);
        }

        /** A value each time the option is given; null when not given. */
        public Arg<List<String>> strings() {
            return add(builder.type(List.class).auxiliaryTypes(String.class), null);
        }

        /** An integer; null when not given. */
        public Arg<Integer> integer() {
            return add(builder.type(Integer.class), null);
        }

        /** An integer; {@code initial} when not given. */
        public Arg<Integer> integer(int initial) {
            return add(builder.type(int.class).initialValue(initial), initial);
        }

        /** A file path; null when not given. */
        public Arg<Path> path() {
            return add(builder.type(Path.class), null);
        }

        private <T> Arg<T> add(OptionSpec.Builder b, T absent) {
            OptionSpec option = b.build();
            spec.addOption(option);
            return new Arg<>(option, absent);
        }
    }

    /** A positional parameter being declared. */
    public final class Positional {
        private final PositionalParamSpec.Builder builder;

        private boolean arityGiven;

        private Positional(String index, String label) {
            builder = PositionalParamSpec.builder().index(index).paramLabel(label);
        }

        /** How many values it takes ("0..1" for an optional one); one by default. */
        public Positional arity(String arity) {
            builder.arity(arity);
            arityGiven = true;
            return this;
        }

        public Positional description(String... lines) {
            builder.description(lines);
            return this;
        }

        /**
         * The error when the value is missing, in Go bd's words where its command has its own (delete's {@code no
         * issue IDs provided}); without one, the message is cobra's count of arguments ({@link #missingMessage}).
         */
        public Positional missing(String message) {
            builder.userObject(new Missing(message));
            return this;
        }

        /** One value (required unless the arity says otherwise). */
        public Arg<String> string() {
            return add(builder.type(String.class), true);
        }

        /** The values from this index on; null when none are given (required when the arity's minimum says so). */
        public Arg<List<String>> strings() {
            return add(builder.type(List.class).auxiliaryTypes(String.class), arityGiven);
        }

        private <T> Arg<T> add(PositionalParamSpec.Builder b, boolean checkArity) {
            // picocli's builder leaves a positional optional whatever its arity (its annotations derive "required"
            // from the arity; the builder does not): required once the arity's minimum is one or more.
            PositionalParamSpec built = b.build();
            PositionalParamSpec positional = checkArity && built.arity().min() > 0
                    ? built.toBuilder().required(true).build()
                    : built;
            spec.addPositional(positional);
            return new Arg<>(positional, null);
        }
    }

    /**
     * What to say when {@code unmatched} were given to {@code command} beyond what it takes, in cobra's words: {@code
     * accepts 1 arg(s), received 2} for too many values, {@code unknown command "x" for "bd dep"} for a command
     * that only has subcommands; null when picocli's own message fits better (an unknown option).
     */
    public static String excessMessage(CommandSpec command, List<String> unmatched) {
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        List<PositionalParamSpec> positionals = command.positionalParameters();
        if (positionals.isEmpty()) {
            return command.subcommands().isEmpty()
                    ? null
                    : "unknown command \"" + unmatched.get(0) + "\" for \"" + command.qualifiedName() + "\"";
        }
        int min = 0;
        int max = 0;
        for (PositionalParamSpec p : positionals) {
            if (p.arity().isVariable() || p.index().isVariable()) {
                return null;
            }
            min += p.required() ? p.arity().min() : 0;
            max += p.arity().max();
        }
        int received = max + unmatched.size();
        String count = min == max
                ? "accepts " + max + " arg(s), received " + received
                : min == 0
                        ? "accepts at most " + max + " arg(s), received " + received
                        : "accepts between " + min + " and " + max + " arg(s), received " + received;
        return count + " (unexpected '" + unmatched.get(0) + "')";
    }

    /** A positional parameter's own message for when it is missing (kept as picocli's user object of the arg). */
    record Missing(String message) {}

    /**
     * What to say when {@code missing}, a required positional parameter of {@code command}, was not given: its own
     * message, or else cobra's rule for the command's argument count ({@code accepts 2 arg(s), received 1}, {@code
     * requires at least 1 arg(s), only received 0}), which Go bd prints, followed by what is missing.
     */
    public static String missingMessage(CommandSpec command, ArgSpec missing) {
        if (missing.userObject() instanceof Missing own) {
            return own.message();
        }
        if (!(missing instanceof PositionalParamSpec positional)) {
            return "missing " + missing.paramLabel();
        }
        int min = 0;
        int max = 0;
        boolean unbounded = false;
        for (PositionalParamSpec p : command.positionalParameters()) {
            min += p.required() ? p.arity().min() : 0;
            unbounded |= p.arity().isVariable() || p.index().isVariable();
            max += p.arity().max();
        }
        int received = positional.index().min();
        String count;
        if (unbounded) {
            count = "requires at least " + min + " arg(s), only received " + received;
        } else if (min == max) {
            count = "accepts " + min + " arg(s), received " + received;
        } else {
            count = "accepts between " + min + " and " + max + " arg(s), received " + received;
        }
        return count + " (missing " + positional.paramLabel() + ")";
    }

    /** One declared option or positional parameter; its value once the arguments are parsed. */
    public static final class Arg<T> {
        private final ArgSpec spec;
        private final T absent;

        private Arg(ArgSpec spec, T absent) {
            this.spec = spec;
            this.absent = absent;
        }

        /** The parsed value; when not given, the declared default (false for a flag, else null unless declared). */
        public T get() {
            T value = spec.getValue();
            return value == null ? absent : value;
        }

        ArgSpec spec() {
            return spec;
        }
    }
}
