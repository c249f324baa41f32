package dev.beads.testkit.service;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.service.ConfigService;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import dev.beads.core.service.LocalChangeFeed;
import dev.beads.core.service.QueryService;
import dev.beads.testkit.InMemoryIssueRepository;
import dev.beads.testkit.Issues;
import dev.beads.testkit.MutableClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The use cases wired on the in-memory store and a hand-moved clock, recording every published change event. */
final class ServiceFixture {
    final InMemoryIssueRepository repository = new InMemoryIssueRepository();
    final MutableClock clock = new MutableClock();
    final LocalChangeFeed feed = new LocalChangeFeed();
    final List<ChangeEvent> published = new CopyOnWriteArrayList<>();
    final ConfigService config = new ConfigService(repository);
    final QueryService queries = new QueryService(repository, clock);
    final IssueService commands;

    ServiceFixture() {
        this(new HashIdGenerator());
    }

    ServiceFixture(IdGenerator ids) {
        commands = new IssueService(repository, feed, clock, ids);
        feed.subscribe(published::add);
        config.set("issue_prefix", "bd");
    }

    /** Stores issues as they are (seeding state the commands could not make, such as dangling edges). */
    void seed(Issue... issues) {
        repository.write(w -> {
            for (Issue issue : issues) {
                w.put(issue, Issues.createdEvent(issue));
            }
            return null;
        });
    }

    Issue seedAndGet(Issue issue) {
        seed(issue);
        return stored(issue.id());
    }

    Issue create(String title) {
        return commands.create(CreateIssue.titled(title, Issues.ACTOR));
    }

    Issue stored(IssueId id) {
        return repository.find(id).orElseThrow();
    }

    List<EventType> eventTypes(IssueId id) {
        return repository.events(id).stream().map(AuditEvent::type).toList();
    }

    AuditEvent lastEvent(IssueId id) {
        return repository.events(id).getLast();
    }

    void clearDirty() {
        repository.clearDirty(repository.dirtyIds());
    }
}
