package dev.beads.adapters.rpc;

import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import java.util.Objects;

/** The driving ports the socket serves (server side) or stands in for (client side). */
public record DrivingPorts(IssueCommands issues, IssueQueries queries, ConfigCommands config, SyncCommands sync) {
    public DrivingPorts {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sync, "sync");
    }
}
