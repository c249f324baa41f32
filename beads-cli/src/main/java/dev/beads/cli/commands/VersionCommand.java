package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
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
        if (daemon.get()) {
            // Go bd (version.go:72) says this when no daemon answers; this build has no daemon yet.
            throw new BackendException("daemon is not running; this bd runs in-process (there is no daemon to ask)");
        }
        Output out = out();
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
}
