package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.protocol.Incoming;
import dev.beads.adapters.rpc.protocol.MessageCodec;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.core.error.BackendException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's work around each request, as the dispatcher calls it: the JSONL import check before a request that
 * touches the store, the flush after a mutation, the wait for the JSONL only where asked, in both formats; and which
 * messages go to the writer thread.
 */
class DispatcherHooksTest {
    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();
    private RuntimeException awaitFailure;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        ServerControl control = new ServerControl() {
            @Override
            public String version() {
                return "test";
            }

            @Override
            public JsonValue status() {
                return JsonValue.NULL;
            }

            @Override
            public void beforeRequest() {
                calls.add("before");
            }

            @Override
            public void afterMutation() {
                calls.add("after");
            }

            @Override
            public void awaitJsonl() {
                calls.add("await");
                if (awaitFailure != null) {
                    throw awaitFailure;
                }
            }

            @Override
            public void shutdown() {}
        };
        WireFixture fixture = WireFixture.create(dir);
        dispatcher = new Dispatcher(fixture.ports(), fixture.codec(), control);
    }

    private static Incoming frame(String json) {
        return MessageCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private Outgoing answer(String json) {
        Incoming message = frame(json);
        return dispatcher.settle(message, dispatcher.handle(message));
    }

    private static final String CREATE =
            "{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"x\"}%s},\"id\":1}";

    @Test
    void aRead_checksTheJsonlFirst_andFlushesNothing() {
        answer("{\"jsonrpc\":\"2.0\",\"method\":\"list_issues\",\"params\":{},\"id\":1}");
        assertThat(calls).containsExactly("before");
    }

    @Test
    void ping_touchesNothing() {
        answer("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}");
        answer("{\"operation\":\"ping\",\"args\":null}");
        assertThat(calls).isEmpty();
    }

    @Test
    void aMutation_isFollowedByTheFlush_andWaitsForItOnlyWhenAsked() {
        answer(CREATE.formatted(""));
        assertThat(calls).containsExactly("before", "after");
        calls.clear();
        answer(CREATE.formatted(",\"await_jsonl\":true"));
        assertThat(calls).containsExactly("before", "after", "await");
        calls.clear();
        answer(CREATE.formatted(",\"await_jsonl\":false"));
        assertThat(calls).containsExactly("before", "after");
    }

    @Test
    void aReadAskingForTheJsonl_doesNotWait() {
        answer("{\"jsonrpc\":\"2.0\",\"method\":\"list_issues\",\"params\":{\"await_jsonl\":true},\"id\":1}");
        assertThat(calls).containsExactly("before");
    }

    @Test
    void aFailedMutation_neitherFlushesNorWaits() {
        Outgoing reply =
                answer("{\"jsonrpc\":\"2.0\",\"method\":\"create_issue\",\"params\":{\"issue\":{\"title\":\"\"},"
                        + "\"await_jsonl\":true},\"id\":1}");
        assertThat(reply).isInstanceOf(Outgoing.Failure.class);
        assertThat(calls).containsExactly("before");
    }

    @Test
    void aJsonlThatCannotBeWritten_isTheAwaitingRequestsError() {
        awaitFailure = new BackendException("cannot write issues.jsonl: disk full");
        Outgoing reply = answer(CREATE.formatted(",\"await_jsonl\":true"));
        assertThat(reply)
                .isInstanceOfSatisfying(
                        Outgoing.Failure.class,
                        f -> assertThat(f.error().message()).isEqualTo("cannot write issues.jsonl: disk full"));
    }

    @Test
    void goOperations_checkTheJsonlFirst_andFlushAfterAMutation() {
        answer("{\"operation\":\"list\",\"args\":{}}");
        assertThat(calls).containsExactly("before");
        calls.clear();
        answer("{\"operation\":\"create\",\"args\":{\"title\":\"g\"}}");
        assertThat(calls).containsExactly("before", "after");
        calls.clear();
        answer("{\"operation\":\"show\",\"args\":{\"id\":\"bd-nothing\"}}");
        assertThat(calls).containsExactly("before");
    }

    @Test
    void writes_areTheMessagesThatMayChangeTheStore() {
        assertThat(dispatcher.writes(frame(CREATE.formatted("")))).isTrue();
        assertThat(dispatcher.writes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"list_issues\",\"id\":1}")))
                .isFalse();
        assertThat(dispatcher.writes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"no_such\",\"id\":1}")))
                .isFalse();
        assertThat(dispatcher.writes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"add_label\",\"params\":{}}")))
                .isTrue();
        assertThat(dispatcher.writes(
                        frame("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}," + CREATE.formatted("") + "]")))
                .isTrue();
        assertThat(dispatcher.writes(frame("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}]")))
                .isFalse();
        assertThat(dispatcher.writes(frame("{\"operation\":\"create\",\"args\":{}}")))
                .isTrue();
        assertThat(dispatcher.writes(frame("{\"operation\":\"batch\",\"args\":{}}")))
                .isTrue();
        assertThat(dispatcher.writes(frame("{\"operation\":\"list\",\"args\":{}}")))
                .isFalse();
        assertThat(dispatcher.writes(frame("{\"operation\":\"ping\"}"))).isFalse();
        assertThat(dispatcher.writes(frame("not json"))).isFalse();
    }
}
