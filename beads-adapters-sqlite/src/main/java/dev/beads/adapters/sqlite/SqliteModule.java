package dev.beads.adapters.sqlite;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.IssueRepository;

/**
 * The SQLite storage adapter: binds {@link IssueRepository} to the workspace's database file ({@link
 * Workspace#database()}). Needs a bound {@link Workspace}. The database is opened on first injection, not when the
 * module is built; whoever owns the injector closes the repository.
 */
public final class SqliteModule extends AbstractModule {
    @Provides
    @Singleton
    IssueRepository issueRepository(Workspace workspace) {
        return SqliteIssueRepositories.open(workspace.database());
    }
}
