package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonCommands;
import dev.beads.runtime.WorkspaceLocator;

/**
 * {@code bd daemon run|stop}: the workspace daemon (DESIGN §6). Registered by name like every command, so its
 * classes (and the daemon's) load only when it runs.
 */
public final class DaemonCommand extends BdSubcommand {
    public DaemonCommand() {
        super("daemon");
        model.description("Run or stop the workspace daemon (JSON-RPC 2.0 on .beads/bd.sock).");
        model.subcommand(new Run().model());
        model.subcommand(new Stop().model());
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

    /** {@code bd daemon run}: serve in the foreground until SIGTERM, SIGINT or {@code shutdown}. */
    public static final class Run extends BdSubcommand {
        public Run() {
            super("run");
            model.description("Serve the workspace in the foreground until SIGTERM, SIGINT or bd daemon stop.");
        }

        @Override
        protected int execute() {
            return DaemonCommands.run(
                    workspace(this), bd().sessionOptions().env(), BdVersion.version(), out().stderr());
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
            boolean stopped =
                    DaemonCommands.stop(workspace(this), bd().sessionOptions().env());
            if (!out().quiet()) {
                out().line(stopped ? "Daemon stopped" : "No daemon running");
            }
            return 0;
        }
    }
}
