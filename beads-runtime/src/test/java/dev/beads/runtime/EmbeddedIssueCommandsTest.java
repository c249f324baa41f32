package dev.beads.runtime;

import dev.beads.testkit.contract.IssueCommandsContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/** The driving-port contract on the real stack: Beads on a SQLite file, wired by the direct module set. */
class EmbeddedIssueCommandsTest extends IssueCommandsContract {
    private final Map<Ports, Beads> open = new IdentityHashMap<>();

    @Override
    protected Ports openPorts() {
        try {
            Path dir = Files.createTempDirectory("beads-contract");
            Beads beads = Beads.init(dir, "bd");
            Ports ports = new Ports(beads.issues(), beads.queries(), beads.config());
            open.put(ports, beads);
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void closePorts(Ports ports) {
        Beads beads = open.remove(ports);
        beads.close();
        TempDirs.delete(beads.workspace().root());
    }
}
