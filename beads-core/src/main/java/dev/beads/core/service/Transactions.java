package dev.beads.core.service;

import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import java.util.Objects;
import java.util.function.Function;

/** Runs one write transaction and publishes its change events after it has committed, never before. */
final class Transactions {
    private final IssueRepository repository;
    private final ChangeFeed feed;

    Transactions(IssueRepository repository, ChangeFeed feed) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    <T> T run(Function<IssueWriter, Written<T>> work) {
        Written<T> written = repository.write(work);
        for (ChangeEvent event : written.events()) {
            feed.publish(event);
        }
        return written.value();
    }
}
