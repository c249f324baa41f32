package dev.beads.adapters.sqlite;

import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.contract.IssueRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The whole repository contract against a real SQLite file per test. */
class SqliteIssueRepositoryTest extends IssueRepositoryContract {
    @TempDir
    Path dir;

    @Override
    protected IssueRepository newRepository() {
        return SqliteIssueRepositories.open(dir.resolve(".beads").resolve("beads.db"));
    }
}
