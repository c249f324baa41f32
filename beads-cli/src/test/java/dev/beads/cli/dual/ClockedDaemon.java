package dev.beads.cli.dual;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.cli.BdVersion;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.Clock;
import dev.beads.runtime.Beads;
import java.time.Duration;
import java.util.Map;

/**
 * The daemon's serving part in this JVM, on a clock the test holds: the real socket server and dispatcher over
 * {@link Beads} opened on that clock, with the daemon's in-process guarantees (import a changed JSONL before each
 * request, write the JSONL before answering a mutation) and this build's version. What {@code bd daemon run}
 * serves, minus the lifecycle (lock, pid, log), which the lifecycle ITs cover with real processes.
 */
final class ClockedDaemon implements AutoCloseable {
    private final Beads beads;
    private final RpcServer server;
    private final java.util.concurrent.atomic.AtomicInteger shutdowns;
    private boolean closed;

    private ClockedDaemon(Beads beads, RpcServer server, java.util.concurrent.atomic.AtomicInteger shutdowns) {
        this.beads = beads;
        this.server = server;
        this.shutdowns = shutdowns;
    }

    static ClockedDaemon serve(Workspace workspace, Clock clock) {
        return serve(workspace, clock, BdVersion.version());
    }

    /** A daemon that reports {@code version} (another one than this build's: the client replaces it). */
    static ClockedDaemon serve(Workspace workspace, Clock clock, String version) {
        java.util.concurrent.atomic.AtomicInteger shutdowns = new java.util.concurrent.atomic.AtomicInteger();
        Beads beads = Beads.open(workspace, clock);
        beads.sync().importIfChanged();
        ServerControl control = new ServerControl() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public JsonValue status() {
                return new JsonObjectBuilder()
                        .put("state", "running")
                        .put("version", version)
                        .put("uptime_seconds", 1)
                        .build();
            }

            @Override
            public void beforeRequest() {
                beads.sync().importIfChanged();
            }

            @Override
            public void afterMutation() {
                beads.sync().flushIfDirty();
            }

            @Override
            public void shutdown() {
                shutdowns.incrementAndGet();
            }
        };
        DrivingPorts ports = new DrivingPorts(beads.issues(), beads.queries(), beads.config(), beads.sync());
        RpcServer server = RpcServer.start(
                SocketPaths.forWorkspace(workspace.beadsDir(), Map.of()),
                new Dispatcher(ports, JsonlCodecs.create(), control),
                ServerOptions.DEFAULTS);
        return new ClockedDaemon(beads, server, shutdowns);
    }

    /** How many times a client asked this daemon to shut down. */
    int shutdownsAsked() {
        return shutdowns.get();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop(Duration.ofSeconds(5));
        } finally {
            beads.close();
        }
    }
}
