package dev.beads.adapters.rpc;

import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.DaemonFacts;
import dev.beads.adapters.rpc.server.ServerControl;

/** A daemon's side of the protocol for tests: given facts, a hook before each request, and what shutdown does. */
record TestControl(DaemonFacts facts, Runnable before, Runnable onShutdown) implements ServerControl {
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
        before.run();
    }

    @Override
    public void shutdown() {
        onShutdown.run();
    }
}
