package dev.beads.testkit;

import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.contract.IssueRepositoryContract;

class InMemoryIssueRepositoryTest extends IssueRepositoryContract {
    @Override
    protected IssueRepository newRepository() {
        return new InMemoryIssueRepository();
    }
}
