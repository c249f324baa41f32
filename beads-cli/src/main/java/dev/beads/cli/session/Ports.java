package dev.beads.cli.session;

import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import java.util.Objects;

/** The driving ports one command works with, wherever they are served from (in-process or a daemon). */
public record Ports(IssueCommands issues, IssueQueries queries, ConfigCommands config, SyncCommands sync) {
    public Ports {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sync, "sync");
    }
}
