package dev.beads.cli.daemon;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.server.Dispatcher;
import dev.beads.adapters.rpc.server.RpcServer;
import dev.beads.adapters.rpc.server.ServerControl;
import dev.beads.adapters.rpc.server.ServerOptions;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonLock;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A daemon of another bd version, as a process of its own (the version-mismatch IT runs it with the test class
 * path): it holds {@code daemon.lock}, serves the real protocol and answers {@code version} with the version given
 * as its second argument, and exits after {@code shutdown}.
 */
public final class OtherVersionDaemon {
    private OtherVersionDaemon() {}

    public static void main(String[] args) throws Exception {
        Workspace workspace = Workspace.at(Path.of(args[0]));
        String version = args[1];
        CountDownLatch shutdown = new CountDownLatch(1);
        try (DaemonLock lock = DaemonLock.tryAcquire(workspace.beadsDir()).orElseThrow();
                Beads beads = Beads.open(workspace)) {
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
                            .put("pid", ProcessHandle.current().pid())
                            .build();
                }

                @Override
                public void shutdown() {
                    shutdown.countDown();
                }
            };
            DrivingPorts ports = new DrivingPorts(beads.issues(), beads.queries(), beads.config(), beads.sync());
            RpcServer server = RpcServer.start(
                    SocketPaths.forWorkspace(workspace.beadsDir(), System.getenv()),
                    new Dispatcher(ports, JsonlCodecs.create(), control),
                    ServerOptions.DEFAULTS);
            System.out.println("serving as " + version);
            shutdown.await();
            server.stop(Duration.ofSeconds(5));
        }
    }
}
