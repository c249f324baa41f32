package dev.beads.adapters.rpc;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.Clock;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.service.ConfigService;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import dev.beads.core.service.LocalChangeFeed;
import dev.beads.core.service.QueryService;
import dev.beads.core.service.SyncService;
import dev.beads.testkit.InMemoryIssueRepository;
import java.nio.file.Path;

/** The core's services over the in-memory store and the real JSONL codec: what a daemon serves, minus SQLite. */
record WireFixture(DrivingPorts ports, JsonlCodec codec, InMemoryIssueRepository repository, LocalChangeFeed feed) {

    static WireFixture create(Path root) {
        InMemoryIssueRepository repository = new InMemoryIssueRepository();
        Clock clock = Clock.system();
        LocalChangeFeed feed = new LocalChangeFeed();
        JsonlCodec codec = JsonlCodecs.create();
        ConfigService config = new ConfigService(repository);
        config.set("issue_prefix", "bd");
        DrivingPorts ports = new DrivingPorts(
                new IssueService(repository, feed, clock, new HashIdGenerator()),
                new QueryService(repository, clock),
                config,
                new SyncService(repository, codec, feed, clock, Workspace.at(root)));
        return new WireFixture(ports, codec, repository, feed);
    }

    Dispatcher dispatcher() {
        return new Dispatcher(ports, codec, ServerControl.none());
    }
}
