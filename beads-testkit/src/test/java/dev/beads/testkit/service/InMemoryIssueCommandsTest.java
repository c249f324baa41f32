package dev.beads.testkit.service;

import dev.beads.core.port.Clock;
import dev.beads.core.service.ConfigService;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import dev.beads.core.service.LocalChangeFeed;
import dev.beads.core.service.QueryService;
import dev.beads.testkit.InMemoryIssueRepository;
import dev.beads.testkit.contract.IssueCommandsContract;

/** The driving-port contract in-process: the services over the in-memory store, with the system clock. */
class InMemoryIssueCommandsTest extends IssueCommandsContract {
    @Override
    protected Ports openPorts() {
        InMemoryIssueRepository repository = new InMemoryIssueRepository();
        Clock clock = Clock.system();
        ConfigService config = new ConfigService(repository);
        config.set("issue_prefix", "bd");
        return new Ports(
                new IssueService(repository, new LocalChangeFeed(), clock, new HashIdGenerator()),
                new QueryService(repository, clock),
                config);
    }
}
