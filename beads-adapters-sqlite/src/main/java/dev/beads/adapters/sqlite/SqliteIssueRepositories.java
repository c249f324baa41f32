package dev.beads.adapters.sqlite;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.port.IssueRepository;
import java.nio.file.Path;

/** Opens SQLite-backed repositories, for the runtime's composition root and for benchmarks. */
public final class SqliteIssueRepositories {
    private SqliteIssueRepositories() {}

    /**
     * Opens {@code dbFile}, creating it (and its directory) when missing and migrating its schema to the latest
     * version. Close the repository when done.
     *
     * @throws dev.beads.core.error.BackendException when the file cannot be opened or is not a beads database
     */
    public static IssueRepository open(Path dbFile) {
        return SqliteIssueRepository.open(dbFile, ReadyStrategy.CACHE);
    }
}
