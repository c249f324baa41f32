package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.EventType;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the feed tells about itself: how many subscriptions it holds, and a warning (on the platform logger, the
 * JDK's java.util.logging here) naming the event when a listener fails, since the publisher never sees it.
 */
class LocalChangeFeedDiagnosticsTest {
    private static final ChangeEvent EVENT = new ChangeEvent.IssueChanged(IssueId.of("bd-1"), EventType.CREATED, "me");

    private final LocalChangeFeed feed = new LocalChangeFeed();
    private final Logger logger = Logger.getLogger(LocalChangeFeed.class.getName());
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
    void captureTheFeedsLog() {
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
    }

    @Test
    void listenerCount_countsOpenSubscriptions() {
        ChangeFeed.Subscription first = feed.subscribe(e -> {});
        feed.subscribe(e -> {});

        assertThat(feed.listenerCount()).isEqualTo(2);
        first.close();
        assertThat(feed.listenerCount()).isEqualTo(1);
    }

    @Test
    void aListenerThatThrows_isLoggedAsAWarningNamingTheEvent() {
        IllegalStateException boom = new IllegalStateException("boom");
        feed.subscribe(e -> {
            throw boom;
        });

        feed.publish(EVENT);

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).isEqualTo("change listener failed on " + EVENT + "; others still run");
            assertThat(record.getThrown()).isSameAs(boom);
        });
    }
}
