package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.Main;
import dev.beads.cli.output.Output;
import dev.beads.core.error.BackendException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonCommands;
import dev.beads.daemon.launch.DaemonLauncher;
import dev.beads.daemon.launch.LaunchResult;
import dev.beads.json.Shapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code bd daemons stop|restart|killall} (Go bd v0.39.1 cmd/bd/daemons.go), on daemons from the registry. */
final class DaemonsTargets {
    private DaemonsTargets() {}

    static KnownDaemons.Known target(BdSubcommand command, String target) {
        return KnownDaemons.find(
                DaemonCommand.env(command), command.bd().sessionOptions().cwd(), target);
    }

    /** {@code bd daemons stop <workspace-path|pid>}. */
    static final class Stop extends BdSubcommand {
        Stop() {
            super("stop");
            model.description("Stop a specific bd daemon (by workspace path or PID).");
        }

        final Arg<String> target = model.positional("0", "<workspace-path|pid>").string();

        @Override
        protected int execute() {
            KnownDaemons.Known k = target(this, target.get());
            DaemonCommands.stop(k.files(), k.entry().workspacePath());
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered(
                        "workspace", k.entry().workspacePath(), "pid", k.entry().pid(), "stopped", true)));
            } else {
                out.line("Stopped daemon for " + k.entry().workspacePath() + " (PID "
                        + k.entry().pid() + ")");
            }
            return 0;
        }
    }

    /** {@code bd daemons restart <workspace-path|pid>}: stop, then start a new one through the launcher. */
    static final class Restart extends BdSubcommand {
        Restart() {
            super("restart");
            model.description("Restart a specific bd daemon (by workspace path or PID).");
        }

        final Arg<String> target = model.positional("0", "<workspace-path|pid>").string();
        final Arg<List<String>> search = DaemonFlags.search(model);

        @Override
        protected int execute() {
            KnownDaemons.Known k = target(this, target.get());
            String root = k.entry().workspacePath();
            Output out = out();
            if (!json()) {
                out.line("Stopping daemon for workspace: " + root + " (PID "
                        + k.entry().pid() + ")");
            }
            DaemonCommands.stop(k.files(), root);
            if (!json()) {
                out.line("Starting new daemon for workspace: " + root);
            }
            Path beadsDir = k.entry().beadsDir();
            Workspace workspace = new Workspace(
                    Path.of(root),
                    beadsDir,
                    beadsDir.resolve(Workspace.DEFAULT_JSONL),
                    Path.of(k.entry().databasePath()));
            LaunchResult result = new DaemonLauncher(Main.class.getName())
                    .ensureRunning(workspace, DaemonCommand.env(this), DaemonLauncher.DEFAULT_TIMEOUT, List.of());
            if (result instanceof LaunchResult.Failed f) {
                throw new BackendException(f.reason());
            }
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("workspace", root, "action", "restarted")));
            } else {
                out.line("Successfully restarted daemon for workspace: " + root);
            }
            return 0;
        }
    }

    /** {@code bd daemons killall}: every daemon, shutdown → SIGTERM → (--force) SIGKILL. */
    static final class Killall extends BdSubcommand {
        Killall() {
            super("killall");
            model.description("Stop all running bd daemons.");
        }

        final Arg<Boolean> force = model.option("--force")
                .description("Use SIGKILL immediately if graceful shutdown fails.")
                .flag();
        final Arg<List<String>> search = DaemonFlags.search(model);

        @Override
        protected int execute() {
            Map<String, String> env = DaemonCommand.env(this);
            int stopped = 0;
            List<String[]> failures = new ArrayList<>();
            for (KnownDaemons.Known k : KnownDaemons.alive(env)) {
                Optional<String> why =
                        DaemonCommands.stopEscalating(k.files(), k.entry().pid(), force.get());
                if (why.isEmpty()) {
                    stopped++;
                } else {
                    failures.add(new String[] {
                        k.entry().workspacePath(), String.valueOf(k.entry().pid()), why.get()
                    });
                }
            }
            Output out = out();
            if (json()) {
                out.json(DaemonsJson.killall(stopped, failures));
            } else if (stopped == 0 && failures.isEmpty()) {
                out.line("No running daemons found");
            } else {
                out.line("Stopped: " + stopped);
                out.line("Failed:  " + failures.size());
                if (!failures.isEmpty()) {
                    out.line();
                    out.line("Failures:");
                    for (String[] f : failures) {
                        out.line("  " + f[0] + " (PID " + f[1] + "): " + f[2]);
                    }
                }
            }
            return failures.isEmpty() ? 0 : 1; // Go bd exits 1 when any failed
        }
    }
}
