package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.json.JsonValue;

/**
 * What the process around the server (the daemon) contributes to the protocol: its version, its state for
 * {@code status}/{@code health}/{@code metrics}, the work it does around each request, and {@code shutdown}.
 * Called from connection threads: implementations are thread-safe.
 */
public interface ServerControl {

    /** This daemon's version, for {@code version}. */
    String version();

    /** The {@code status} result: workspace, socket, pid, uptime, state. */
    JsonValue status();

    /** Where the daemon serves from (Go's {@code status}, its {@code expected_db} check). */
    default DaemonFacts facts() {
        return DaemonFacts.NONE;
    }

    /** Runs before a request reaches the ports (the daemon imports a JSONL that changed under it). */
    default void beforeRequest() {}

    /**
     * Runs after a mutating request committed, before it is answered; returns at once (the daemon has the JSONL
     * follow within 50 ms, one flush for the mutations of many requests).
     */
    default void afterMutation() {}

    /**
     * Blocks until the workspace JSONL holds every mutation committed before the call: a request with
     * {@code await_jsonl} ({@link dev.beads.adapters.rpc.protocol.AwaitJsonl}) is answered after it.
     *
     * @throws dev.beads.core.error.BeadsException when writing the JSONL failed (the change is committed)
     */
    default void awaitJsonl() {}

    /** Asks the process to stop after the current requests are answered; returns at once. */
    void shutdown();

    /** A control for tests and embedders: version "test", no hooks, shutdown does nothing. */
    static ServerControl none() {
        return new ServerControl() {
            @Override
            public String version() {
                return "test";
            }

            @Override
            public JsonValue status() {
                return new JsonValue.JObject(java.util.Map.of("state", JsonValue.of("running")));
            }

            @Override
            public void shutdown() {}
        };
    }
}
