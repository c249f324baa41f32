package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import picocli.CommandLine.Command;

/** {@code bd version}. */
@Command(name = "version", description = "Print the version.")
public final class VersionCommand extends BdSubcommand {

    @Override
    protected int execute() {
        Output out = out();
        if (json()) {
            out.json(Shapes.object(Shapes.ordered(
                    "version",
                    BdVersion.version(),
                    "implementation",
                    "beads-jvm",
                    "compatible_with",
                    BdVersion.COMPATIBLE_WITH,
                    "java",
                    System.getProperty("java.version"))));
        } else {
            out.line(new BdVersion().getVersion()[0]);
        }
        return 0;
    }
}
