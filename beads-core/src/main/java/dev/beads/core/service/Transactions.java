package dev.beads.core.service;

import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs one write transaction of a command and publishes its change events after it has committed, never before.
 * The command's writes are held to {@link dev.beads.core.model.IssueRules} ({@link RuleCheckingWriter}). A feed
 * that fails does not turn a committed change into an error for the caller: the failure is logged.
 */
final class Transactions {
    /** Looked up on the first failure only: finding the logger loads java.util.logging, milliseconds of a cold start. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Transactions.class.getName());

        private Log() {}
    }

    private final IssueRepository repository;
    private final ChangeFeed feed;

    Transactions(IssueRepository repository, ChangeFeed feed) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    <T> T run(Function<IssueWriter, Written<T>> work) {
        Written<T> written = repository.write(new Function<IssueWriter, Written<T>>() {
            // A class, not a lambda: every command runs this once per bd process, where linking one costs.
            @Override
            public Written<T> apply(IssueWriter writer) {
                return work.apply(new RuleCheckingWriter(writer));
            }
        });
        for (ChangeEvent event : written.events()) {
            publish(feed, event);
        }
        return written.value();
    }

    /** Publishes an event of a committed change; a failing feed is logged, not thrown. */
    static void publish(ChangeFeed feed, ChangeEvent event) {
        try {
            feed.publish(event);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "could not publish " + event + " (the change is saved)", e);
        }
    }
}
