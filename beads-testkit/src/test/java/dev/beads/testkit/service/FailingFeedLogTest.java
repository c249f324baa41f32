package dev.beads.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change feed that fails after the commit does not fail the command (IssueServiceCreateTest), and the failure is
 * not lost: it is logged as a warning (the platform logger, java.util.logging here) naming the event.
 */
class FailingFeedLogTest {
    private final Logger logger = Logger.getLogger("dev.beads.core.service.Transactions");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheLog() {
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
    }

    @Test
    void aFeedThatFailsAfterTheCommit_isLoggedAsAWarning() {
        ServiceFixture f = new ServiceFixture();
        IllegalStateException down = new IllegalStateException("feed down");
        ChangeFeed failing = new ChangeFeed() {
            @Override
            public void publish(ChangeEvent event) {
                throw down;
            }

            @Override
            public Subscription subscribe(Consumer<ChangeEvent> listener) {
                return () -> {};
            }
        };
        IssueService commands = new IssueService(f.repository, failing, f.clock, new HashIdGenerator());

        Issue created = commands.create(dev.beads.core.api.CreateIssue.titled("Saved anyway", "me"));

        assertThat(f.stored(created.id())).isEqualTo(created);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains(created.id().value());
            assertThat(record.getThrown()).isSameAs(down);
        });
    }
}
