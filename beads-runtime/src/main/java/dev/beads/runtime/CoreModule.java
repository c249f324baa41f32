package dev.beads.runtime;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
 * The core's use cases over whatever driven ports the other modules bind. The core carries no DI annotations, so
 * its classes are constructed here.
 */
final class CoreModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Clock.class).toInstance(Clock.system());
        bind(IdGenerator.class).to(HashIdGenerator.class).in(Singleton.class);
        bind(ChangeFeed.class).to(LocalChangeFeed.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    IssueCommands issueCommands(IssueRepository repository, ChangeFeed feed, Clock clock, IdGenerator ids) {
        return new IssueService(repository, feed, clock, ids);
    }

    @Provides
    @Singleton
    IssueQueries issueQueries(IssueRepository repository, Clock clock) {
        return new QueryService(repository, clock);
    }

    @Provides
    @Singleton
    ConfigCommands configCommands(IssueRepository repository) {
        return new ConfigService(repository);
    }

    @Provides
    @Singleton
    SyncCommands syncCommands(
            IssueRepository repository, JsonlCodec codec, ChangeFeed feed, Clock clock, Workspace workspace) {
        return new SyncService(repository, codec, feed, clock, workspace);
    }
}
