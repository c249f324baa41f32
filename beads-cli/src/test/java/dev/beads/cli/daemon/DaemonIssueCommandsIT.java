package dev.beads.cli.daemon;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.RpcPorts;
import dev.beads.cli.ProcessRun;
import dev.beads.runtime.Beads;
import dev.beads.testkit.contract.IssueCommandsContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 9 must-show 4 (STYLE 19): the driving-port contract a second time, through a real {@code bd daemon run}
 * process over the real socket, with the client proxies a command would use.
 */
class DaemonIssueCommandsIT extends IssueCommandsContract {
    private final Map<Ports, Open> open = new IdentityHashMap<>();

    private record Open(Path tmp, DaemonProcess daemon, RpcConnection connection) {}

    @Override
    protected Ports openPorts() {
        Path tmp = null;
        DaemonProcess daemon = null;
        try {
            tmp = Files.createTempDirectory(Path.of("/tmp"), "bdc");
            Path root = Files.createDirectory(tmp.resolve("w"));
            Beads.init(root, "bd").close();
            daemon = DaemonProcess.start(root, tmp);
            RpcConnection connection = daemon.connect();
            DrivingPorts rpc = RpcPorts.over(connection, JsonlCodecs.create());
            Ports ports = new Ports(rpc.issues(), rpc.queries(), rpc.config());
            open.put(ports, new Open(tmp, daemon, connection));
            return ports;
        } catch (Exception e) {
            cleanUp(new Open(tmp, daemon, null));
            throw new IllegalStateException("could not start a daemon for the contract", e);
        }
    }

    @Override
    protected void closePorts(Ports ports) {
        cleanUp(open.remove(ports));
    }

    private static void cleanUp(Open o) {
        try {
            try {
                if (o.connection() != null) {
                    o.connection().close();
                }
            } finally {
                if (o.daemon() != null) {
                    o.daemon().close();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the contract's daemon", e);
        } finally {
            if (o.tmp() != null) {
                try {
                    ProcessRun.of(List.of("rm", "-rf", o.tmp().toString()), Path.of("/"), Map.of(), 30);
                } catch (Exception e) {
                    // a temp dir left behind is not a test failure
                }
            }
        }
    }
}
