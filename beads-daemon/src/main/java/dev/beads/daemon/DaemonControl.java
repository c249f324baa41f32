package dev.beads.daemon;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.DaemonFacts;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The daemon's side of the protocol: its version and state, and the in-process guarantees kept through the
 * socket (issue 9): before a request the JSONL is imported when it changed under the daemon (the sync service's
 * stamp check: size and mtime, then the content hash), so {@code git pull && bd ready} is right; a mutation is
 * answered after its commit and the JSONL follows through the {@link JsonlFlusher}; a request with
 * {@code await_jsonl} is answered once the JSONL holds it, so {@code bd create … && git commit -a} keeps working.
 */
final class DaemonControl implements ServerControl {
    private final String version;
    private final Workspace workspace;
    private final Path socket;
    private final SyncCommands sync;
    private final JsonlFlusher flusher;
    private final Instant started = Instant.now();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final Lifecycle lifecycle;

    DaemonControl(
            String version,
            Workspace workspace,
            Path socket,
            SyncCommands sync,
            JsonlFlusher flusher,
            Lifecycle lifecycle) {
        this.flusher = flusher;
        this.version = version;
        this.workspace = workspace;
        this.socket = socket;
        this.sync = sync;
        this.lifecycle = lifecycle;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public JsonValue status() {
        return new JsonObjectBuilder()
                .put(
                        "state",
                        shutdown.getCount() == 0
                                ? DaemonState.STOPPING.label()
                                : lifecycle.state().label())
                .put("version", version)
                .put("workspace", workspace.root().toString())
                .put("socket", socket.toString())
                .put("pid", ProcessHandle.current().pid())
                .put("uptime_seconds", Duration.between(started, Instant.now()).toSeconds())
                .build();
    }

    @Override
    public DaemonFacts facts() {
        return new DaemonFacts(workspace.root().toString(), workspace.database().toString(), socket.toString());
    }

    @Override
    public void beforeRequest() {
        lifecycle.touch();
        sync.importIfChanged();
    }

    @Override
    public void afterMutation() {
        flusher.mutated();
    }

    @Override
    public void awaitJsonl() {
        flusher.awaitFlushed();
    }

    @Override
    public void shutdown() {
        shutdown.countDown();
    }

    /** Blocks until a client asks for {@code shutdown}. */
    void awaitShutdownRequest() throws InterruptedException {
        shutdown.await();
    }
}
