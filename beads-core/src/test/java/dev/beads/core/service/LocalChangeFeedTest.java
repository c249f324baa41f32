package dev.beads.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.EventType;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalChangeFeedTest {
    private static final ChangeEvent EVENT = new ChangeEvent.IssueChanged(IssueId.of("bd-1"), EventType.CREATED, "me");

    private final LocalChangeFeed feed = new LocalChangeFeed();
    private final List<String> calls = new ArrayList<>();

    @Test
    void publish_callsListenersInSubscriptionOrder() {
        feed.subscribe(e -> calls.add("first " + e));
        feed.subscribe(e -> calls.add("second " + e));
        feed.publish(EVENT);
        assertThat(calls).containsExactly("first " + EVENT, "second " + EVENT);
    }

    @Test
    void aThrowingListener_doesNotStopTheOthers() {
        feed.subscribe(e -> {
            throw new IllegalStateException("boom");
        });
        feed.subscribe(e -> calls.add("after"));
        feed.publish(EVENT);
        assertThat(calls).containsExactly("after");
    }

    @Test
    void close_endsTheSubscriptionAndIsIdempotent() {
        ChangeFeed.Subscription subscription = feed.subscribe(e -> calls.add("x"));
        subscription.close();
        subscription.close();
        feed.publish(EVENT);
        assertThat(calls).isEmpty();
        assertThat(feed.listenerCount()).isZero();
    }

    @Test
    void theSameConsumerSubscribedTwice_isTwoSubscriptions() {
        java.util.function.Consumer<ChangeEvent> consumer = e -> calls.add("x");
        ChangeFeed.Subscription first = feed.subscribe(consumer);
        feed.subscribe(consumer);
        first.close();
        feed.publish(EVENT);
        assertThat(calls).containsExactly("x");
    }

    @Test
    void aListenerMaySubscribeAndUnsubscribeWhileAnEventIsDelivered() {
        List<ChangeFeed.Subscription> late = new ArrayList<>();
        ChangeFeed.Subscription[] self = new ChangeFeed.Subscription[1];
        self[0] = feed.subscribe(e -> {
            calls.add("once");
            self[0].close();
            late.add(feed.subscribe(x -> calls.add("late")));
        });
        feed.publish(EVENT);
        assertThat(calls).containsExactly("once");
        feed.publish(EVENT);
        assertThat(calls).containsExactly("once", "late");
    }
}
