package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.Main;
import dev.beads.cli.output.Output;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonCommands;
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.daemon.launch.DaemonLauncher;
import dev.beads.daemon.launch.DaemonStatus;
import dev.beads.daemon.launch.LaunchResult;
import dev.beads.json.Shapes;
import dev.beads.runtime.WorkspaceLocator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bd daemon start|run|stop|status|restart}: the workspace daemon (DESIGN §6). Go bd v0.39.1 spells these as
 * flags ({@code bd daemon --start}); newer Go bd and DESIGN §6 as subcommands, which is what this is. Registered by
 * name like every command, so its classes (and the daemon's) load only when it runs.
 */
public final class DaemonCommand extends BdSubcommand {
    public DaemonCommand() {
        super("daemon");
        model.description("Manage the workspace daemon (JSON-RPC 2.0 on .beads/bd.sock).");
        model.subcommand(new Start().model());
        model.subcommand(new Run().model());
        model.subcommand(new Stop().model());
        model.subcommand(new Status().model());
        model.subcommand(new Restart().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    static Workspace workspace(BdSubcommand command) {
        var options = command.bd().sessionOptions();
        return WorkspaceLocator.locate(options.cwd(), options.dbFlag(), options.env())
                .orElseThrow(() -> new NotFoundException("no beads workspace found in " + options.cwd()
                        + " or its parents (up to the git root): run bd init"));
    }

    static Map<String, String> env(BdSubcommand command) {
        return command.bd().sessionOptions().env();
    }

    /** Starts a detached daemon and prints how it went; shared by start and restart. */
    static int start(BdSubcommand command, Map<String, String> flags) {
        Workspace workspace = workspace(command);
        Map<String, String> env = env(command);
        DaemonSettings.of(workspace.beadsDir(), env, flags).idleTimeout(); // a bad flag is refused here, not in the log
        LaunchResult result = new DaemonLauncher(Main.class.getName())
                .ensureRunning(workspace, env, DaemonLauncher.DEFAULT_TIMEOUT, DaemonFlags.asArguments(flags));
        return switch (result) {
            case LaunchResult.Failed f -> throw new BackendException(f.reason());
            case LaunchResult.Running r -> printStarted(command, r);
        };
    }

    private static int printStarted(BdSubcommand command, LaunchResult.Running r) {
        if (!r.started()) {
            // Go bd v0.39.1 daemon.go:176.
            throw new ConflictException(
                    "daemon already running (PID " + r.status().pid() + ", version "
                            + r.status().version() + "): use 'bd daemon stop' to stop it first");
        }
        Output out = command.out();
        if (command.json()) {
            out.json(Shapes.object(Shapes.ordered(
                    "started", true,
                    "pid", r.status().pid(),
                    "version", r.status().version(),
                    "socket_path", r.socket().toString(),
                    "cleaned_stale", r.cleanedStale())));
        } else if (!out.quiet()) {
            out.line("Daemon started (PID " + r.status().pid() + ")"); // daemon_lifecycle.go:447
        }
        return 0;
    }

    /** {@code bd daemon start}: start a detached daemon and wait until it answers. */
    public static final class Start extends BdSubcommand {
        private final DaemonFlags flags = new DaemonFlags(model);

        public Start() {
            super("start");
            model.description("Start the workspace's daemon in the background (output in .beads/daemon.log).");
        }

        @Override
        protected int execute() {
            return start(this, flags.given(spec));
        }
    }

    /** {@code bd daemon run}: serve in the foreground until SIGTERM, SIGINT, {@code shutdown} or expiry. */
    public static final class Run extends BdSubcommand {
        private final DaemonFlags flags = new DaemonFlags(model);

        public Run() {
            super("run");
            model.description("Serve the workspace in the foreground until SIGTERM, SIGINT or bd daemon stop.");
        }

        @Override
        protected int execute() {
            return DaemonCommands.run(
                    workspace(this), env(this), BdVersion.version(), flags.given(spec), out().stderr());
        }
    }

    /** {@code bd daemon stop}: ask the workspace's daemon to stop and wait until it has. */
    public static final class Stop extends BdSubcommand {
        public Stop() {
            super("stop");
            model.description("Stop the workspace's daemon (it finishes the requests in flight first).");
        }

        @Override
        protected int execute() {
            Optional<Long> stopped = DaemonCommands.stop(workspace(this), env(this));
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.ordered("stopped", stopped.isPresent(), "pid", stopped.orElse(0L))));
            } else if (!out.quiet()) {
                out.line(stopped.isPresent() ? "Daemon stopped" : "Daemon is not running"); // daemon_lifecycle.go:263
            }
            return 0;
        }
    }

    /** {@code bd daemon restart}: stop the workspace's daemon (if one runs), then start one. */
    public static final class Restart extends BdSubcommand {
        private final DaemonFlags flags = new DaemonFlags(model);

        public Restart() {
            super("restart");
            model.description("Restart the workspace's daemon (stop it if it runs, then start a new one).");
        }

        @Override
        protected int execute() {
            Map<String, String> given = flags.given(spec);
            DaemonSettings.of(workspace(this).beadsDir(), env(this), given).idleTimeout();
            DaemonCommands.stop(workspace(this), env(this));
            return start(this, given);
        }
    }

    /** {@code bd daemon status}: whether a daemon serves the workspace, Go bd's DaemonStatusResponse. */
    public static final class Status extends BdSubcommand {
        private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        public Status() {
            super("status");
            model.description("Show whether the workspace's daemon runs, its pid, version and settings.");
        }

        @Override
        protected int execute() {
            Workspace workspace = workspace(this);
            DaemonCommands.Report report = DaemonCommands.status(workspace, env(this));
            DaemonSettings settings = DaemonSettings.of(workspace.beadsDir(), env(this));
            String started = report.started() == null
                    ? ""
                    : LocalDateTime.ofInstant(report.started(), ZoneId.systemDefault())
                            .format(GO_TIME);
            Output out = out();
            if (json()) {
                out.json(StatusJson.of(report, settings, started));
                return 0;
            }
            if (!report.running()) {
                out.line("Daemon is not running");
                return 0;
            }
            out.line("Daemon is running (PID " + report.pid() + ")");
            if (!started.isEmpty()) {
                out.line("  Started: " + started);
            }
            out.line("  Log: " + report.log());
            out.line("  Socket: " + report.socket());
            if (report.status().isPresent()) {
                DaemonStatus s = report.status().get();
                out.line("  Version: " + s.version());
                out.line("  State: " + s.state());
            } else {
                out.line("  State: not answering (the lock is held: bd daemon stop sends it SIGTERM)");
            }
            out.line("  Sync Interval: "
                    + settings.get(dev.beads.daemon.config.DaemonKey.SYNC_INTERVAL)
                            .value());
            out.line("  Idle Timeout: "
                    + settings.get(dev.beads.daemon.config.DaemonKey.IDLE_TIMEOUT)
                            .value());
            return 0;
        }
    }
}
