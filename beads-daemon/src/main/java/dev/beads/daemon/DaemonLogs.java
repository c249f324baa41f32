package dev.beads.daemon;

import dev.beads.core.error.BackendException;
import dev.beads.core.model.Workspace;
import java.io.IOException;

/** Opens a workspace's {@code .beads/daemon.log}. */
final class DaemonLogs {
    private DaemonLogs() {}

    static DaemonLog open(Workspace workspace) {
        return open(workspace, "info");
    }

    static DaemonLog open(Workspace workspace, String level) {
        try {
            return DaemonLog.open(workspace.beadsDir().resolve(DaemonFiles.LOG), level, DaemonLog.MAX_BYTES);
        } catch (IOException e) {
            throw new BackendException(
                    "cannot open " + workspace.beadsDir().resolve(DaemonFiles.LOG) + ": " + e.getMessage()
                            + "; check the permissions of .beads",
                    e);
        }
    }
}
