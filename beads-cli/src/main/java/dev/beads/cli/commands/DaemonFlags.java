package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The settings flags of {@code bd daemon start|run|restart} (the flag layer of the daemon's settings, DESIGN §6):
 * Go bd v0.39.1's names where it has them (daemon.go:{@code --interval}, {@code --auto-commit},
 * {@code --auto-push}, {@code --auto-pull}, {@code --log-level}) and ours for the rest.
 */
final class DaemonFlags {
    private static final String[] VALUED = {"--interval", "--log-level", "--idle-timeout", "--max-batch-size"};
    private static final String[] SWITCHES = {"--auto-commit", "--auto-push", "--auto-pull", "--file-watch"};

    private final List<Arg<?>> args = new ArrayList<>();

    DaemonFlags(CommandModel model) {
        args.add(model.option("--interval")
                .label("duration")
                .description("Sync check interval (daemon.sync_interval; default 5s).")
                .string());
        args.add(model.option("--log-level")
                .label("string")
                .description("Log level (debug, info, warn, error) (daemon.log_level; default \"info\").")
                .string());
        args.add(model.option("--idle-timeout")
                .label("duration")
                .description("Stop after this long without a request; 0 for never (daemon.idle_timeout; default 3h).")
                .string());
        args.add(model.option("--max-batch-size")
                .label("int")
                .description("Mutations that end a sync batch early (daemon.max_batch_size; default 100).")
                .string());
        args.add(model.option("--auto-commit")
                .description("Automatically commit changes (daemon.auto_commit).")
                .flagWithValue());
        args.add(model.option("--auto-push")
                .description("Automatically push commits (daemon.auto_push).")
                .flagWithValue());
        args.add(model.option("--auto-pull")
                .description("Automatically pull from remote (daemon.auto_pull).")
                .flagWithValue());
        args.add(model.option("--file-watch")
                .description("Watch .beads for changes (daemon.file_watch).")
                .flagWithValue());
    }

    /**
     * Go's {@code --search} of {@code bd daemons list|health|killall|restart}: it scanned directories for sockets;
     * the registry here knows every daemon, so it is accepted and changes nothing.
     */
    static Arg<List<String>> search(CommandModel model) {
        return model.option("--search")
                .label("strings")
                .description("Accepted for Go bd; the registry lists every daemon.")
                .strings();
    }

    /** The flags given, by name, with their values as text (a switch without a value is {@code true}). */
    Map<String, String> given(CommandSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        ParseResult parsed = spec.commandLine().getParseResult();
        for (int i = 0; i < VALUED.length; i++) {
            if (parsed.hasMatchedOption(VALUED[i])) {
                out.put(VALUED[i], String.valueOf(args.get(i).get()));
            }
        }
        for (int i = 0; i < SWITCHES.length; i++) {
            if (parsed.hasMatchedOption(SWITCHES[i])) {
                out.put(SWITCHES[i], String.valueOf(args.get(VALUED.length + i).get()));
            }
        }
        return out;
    }

    /** The same flags as arguments for the {@code bd daemon run} a start spawns. */
    static List<String> asArguments(Map<String, String> given) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }
}
