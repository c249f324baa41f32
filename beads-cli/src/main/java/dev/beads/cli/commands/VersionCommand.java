package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;

/** {@code bd version}. */
public final class VersionCommand extends BdSubcommand {
    public VersionCommand() {
        super("version");
        model.description("Print the version.");
    }

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
