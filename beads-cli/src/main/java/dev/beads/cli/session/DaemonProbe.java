package dev.beads.cli.session;

import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.WorkspaceLocator;
import java.io.IOException;
import java.util.Optional;

/**
 * Asks the workspace's daemon about itself without starting one ({@code bd version --daemon}, Go bd v0.39.1
 * cmd/bd/version.go:64: that command skips the pre-run that would auto-start).
 */
public final class DaemonProbe {
    private DaemonProbe() {}

    /**
     * The running daemon's version, state and uptime, compared with {@code clientVersion}; empty when none answers.
     *
     * @throws NotFoundException when there is no workspace
     */
    public static Optional<DaemonStatus> probe(SessionOptions options, String clientVersion) {
        Workspace workspace = WorkspaceLocator.locate(options.cwd(), options.dbFlag(), options.env())
                .orElseThrow(() -> new NotFoundException("no beads workspace found in " + options.cwd()
                        + " or its parents (up to the git root): run bd init"));
        String socket =
                SocketPaths.forWorkspace(workspace.beadsDir(), options.env()).toString();
        Optional<RpcConnection> connection = SocketClient.connect(java.nio.file.Path.of(socket));
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        try (RpcConnection rpc = connection.get()) {
            String version = Fields.of(rpc.call("version", new JsonObjectBuilder().build()), "version")
                    .string("version");
            return Optional.of(DaemonStatus.daemon(socket, health(rpc, version, version.equals(clientVersion))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The daemon's {@code status} answer as Go's health: {@code healthy} while it runs, its uptime in seconds. */
    static DaemonStatus.DaemonHealth health(RpcConnection rpc, String version, boolean compatible) {
        Fields status = Fields.of(rpc.call("status", new JsonObjectBuilder().build()), "status");
        String state = status.optString("state");
        return new DaemonStatus.DaemonHealth(
                version,
                "running".equals(state) ? "healthy" : String.valueOf(state),
                compatible,
                status.doubleOr("uptime_seconds", 0));
    }
}
