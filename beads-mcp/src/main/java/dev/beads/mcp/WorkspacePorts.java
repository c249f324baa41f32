package dev.beads.mcp;

import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeFeed;
import java.util.Objects;

/**
 * The driving ports of one workspace, as the MCP tools use them, wherever they are served from.
 *
 * @param inProcess true when the core runs in this process: then this server keeps the database and the JSONL in step
 *     itself ({@link #beforeRead()}, {@link #afterWrite()}), as {@code bd} does without a daemon; a daemon does both
 *     on its own
 */
record WorkspacePorts(
        Workspace workspace,
        IssueCommands issues,
        IssueQueries queries,
        SyncCommands sync,
        ChangeFeed changes,
        boolean inProcess) {

    WorkspacePorts {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(changes, "changes");
    }

    /** Imports the JSONL when it changed on disk (a {@code git pull}), as an in-process {@code bd} does first. */
    void beforeRead() {
        if (inProcess) {
            sync.importIfChanged();
        }
    }

    /** Writes the dirty issues to the JSONL, as an in-process {@code bd} does after a change. */
    void afterWrite() {
        if (inProcess) {
            sync.flushIfDirty();
        }
    }

    /** How the ports are served, for {@code context}: {@code direct} or {@code daemon}. */
    String mode() {
        return inProcess ? "direct" : "daemon";
    }
}
