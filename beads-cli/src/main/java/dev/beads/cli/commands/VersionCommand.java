package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.DaemonProbe;
import dev.beads.cli.session.DaemonStatus;
import dev.beads.core.error.BackendException;
import dev.beads.json.Shapes;

/**
 * {@code bd version}: the Go bd version we are compatible with first, then ours where Go prints its build (v0.39.1
 * cmd/bd/version.go:55). {@code --json} has Go's keys ({@code version}, {@code build}; a map, so sorted) and ours.
 */
public final class VersionCommand extends BdSubcommand {
    public VersionCommand() {
        super("version");
        model.description("Print version information.");
    }

    // Go bd v0.39.1 cmd/bd/version.go:112.
    final Arg<Boolean> daemon = model.option("--daemon")
            .description("Check daemon version and compatibility.")
            .flag();

    @Override
    protected int execute() {
        Output out = out();
        if (daemon.get()) {
            return daemonVersion(out);
        }
        if (json()) {
            out.json(Shapes.object(Shapes.ordered(
                    "build",
                    BdVersion.build(),
                    "implementation",
                    "beads-jvm",
                    "implementation_version",
                    BdVersion.version(),
                    "java",
                    System.getProperty("java.version"),
                    "version",
                    BdVersion.COMPATIBLE_WITH)));
        } else {
            out.line(BdVersion.line());
        }
        return 0;
    }

    /**
     * {@code --daemon} (version.go:64-108): the daemon's version beside ours, whether they are compatible, the
     * daemon's uptime; no daemon is started. A daemon of another version fails the command (Go exits 1; here 5,
     * "daemon unavailable", as every daemon failure), after printing both.
     */
    private int daemonVersion(Output out) {
        DaemonStatus status = DaemonProbe.probe(bd().sessionOptions(), BdVersion.version())
                .orElseThrow(() -> new BackendException(
                        "daemon is not running; start it with 'bd daemon start', or run any command (it starts one)"));
        DaemonStatus.DaemonHealth daemon = status.daemon();
        if (json()) {
            out.json(Shapes.object(Shapes.ordered(
                    "client_version",
                    BdVersion.version(),
                    "compatible",
                    daemon.compatible(),
                    "daemon_uptime",
                    InfoCommand.goFloat(daemon.uptimeSeconds()),
                    "daemon_version",
                    daemon.version())));
        } else {
            out.line("Daemon version: " + daemon.version());
            out.line("Client version: " + BdVersion.version());
            out.line(
                    daemon.compatible()
                            ? "Compatibility: ✓ compatible"
                            : "Compatibility: ✗ incompatible (restart daemon recommended)");
            out.line("Daemon uptime: " + String.format(java.util.Locale.ROOT, "%.1f seconds", daemon.uptimeSeconds()));
        }
        return daemon.compatible() ? 0 : dev.beads.cli.ExitCodes.UNAVAILABLE;
    }
}
