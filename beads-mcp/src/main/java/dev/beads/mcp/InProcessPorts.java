package dev.beads.mcp;

import dev.beads.core.model.Workspace;
import dev.beads.runtime.Beads;
import java.nio.file.Path;

/** The core in this process ({@link Beads}), as {@code bd} runs without a daemon. */
final class InProcessPorts implements PortsSource {

    @Override
    public Opened open(Workspace workspace) {
        return opened(Beads.open(workspace));
    }

    @Override
    public Opened init(Path root, String prefix) {
        return opened(Beads.init(root, prefix));
    }

    private static Opened opened(Beads beads) {
        WorkspacePorts ports = new WorkspacePorts(
                beads.workspace(), beads.issues(), beads.queries(), beads.sync(), beads.changes(), true);
        return new Opened(ports, beads);
    }
}
