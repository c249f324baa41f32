package dev.beads.cli.session;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.RpcPorts;
import dev.beads.core.model.Workspace;
import java.io.IOException;

/**
 * A command served by the workspace's daemon: its ports are the RPC client's, so this process opens no database
 * (no SQLite, JDBC or Guice class is loaded; {@code ThinClientIT} checks a class-loading log). The daemon imports a
 * JSONL that changed before each request, and a command that writes asks to be answered once the JSONL holds its
 * change, so the in-process guarantees ({@code git pull && bd ready}, {@code bd create … && git commit -a}) hold
 * here too.
 */
final class DaemonSession implements Session {
    private final Workspace workspace;
    private final RpcConnection connection;
    private final Ports ports;
    private final String socket;
    private final String version;
    private DaemonStatus status;

    DaemonSession(Workspace workspace, RpcConnection connection, String socket, String version) {
        this.workspace = workspace;
        this.connection = connection;
        this.socket = socket;
        this.version = version;
        DrivingPorts remote = RpcPorts.over(connection, JsonlCodecs.create());
        this.ports = new Ports(remote.issues(), remote.queries(), remote.config(), remote.sync());
    }

    @Override
    public Ports forRead() {
        return ports;
    }

    /**
     * From here on the daemon answers a call only once the JSONL holds its change ({@code await_jsonl}), so
     * {@code bd create … && git commit -a} finds the change in the file, as in-process. {@code --readonly} never
     * reaches a daemon (it runs in-process), so there is nothing to refuse here.
     */
    @Override
    public Ports forWrite() {
        connection.awaitingJsonl();
        return ports;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    /** Asks the daemon for its state and uptime the first time ({@code bd info}); the version was checked on connect. */
    @Override
    public DaemonStatus daemonStatus() {
        if (status == null) {
            status = DaemonStatus.daemon(socket, DaemonProbe.health(connection, version, true));
        }
        return status;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            // the command's answers are in; a connection that does not close cleanly changes nothing
        }
    }
}
