package dev.beads.runtime;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.sqlite.SqliteIssueRepositories;
import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.service.ConfigService;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import dev.beads.core.service.LocalChangeFeed;
import dev.beads.core.service.QueryService;
import dev.beads.core.service.SyncService;

/**
 * {@link ModuleSets#direct} built by constructor calls: one instance of each thing {@code WorkspaceModule},
 * {@code CoreModule}, {@code SqliteModule} and {@code JsonlModule} bind, made the way they make it. No Guice class
 * is loaded on this path, which is what the short-lived {@code bd} process needs; {@code DirectWiringTest} fails
 * when this and the module set drift apart.
 */
record DirectWiring(
        Clock clock,
        IdGenerator ids,
        ChangeFeed feed,
        JsonlCodec codec,
        IssueRepository repository,
        IssueCommands issues,
        IssueQueries queries,
        ConfigCommands config,
        SyncCommands sync) {

    /**
     * Opens the workspace's database (creating or migrating its schema) and builds the ports over it. The caller
     * closes {@link #repository()}.
     *
     * @throws dev.beads.core.error.BackendException when the database cannot be opened or is not a beads database
     */
    static DirectWiring open(Workspace workspace) {
        return open(workspace, Clock.system());
    }

    /** {@link #open(Workspace)} on another clock (tests that compare two workspaces byte for byte). */
    static DirectWiring open(Workspace workspace, Clock clock) {
        IdGenerator ids = new HashIdGenerator();
        ChangeFeed feed = new LocalChangeFeed();
        JsonlCodec codec = JsonlCodecs.create();
        IssueRepository repository = SqliteIssueRepositories.open(workspace.database());
        return new DirectWiring(
                clock,
                ids,
                feed,
                codec,
                repository,
                new IssueService(repository, feed, clock, ids),
                new QueryService(repository, clock),
                new ConfigService(repository),
                new SyncService(repository, codec, feed, clock, workspace));
    }
}
