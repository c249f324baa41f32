package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.core.port.JsonlCodec;

/** The client proxies: driving ports that run in the daemon at the other end of {@code connection}. */
public final class RpcPorts {
    private RpcPorts() {}

    public static DrivingPorts over(RpcConnection connection, JsonlCodec codec) {
        return new DrivingPorts(
                new RpcIssueCommands(connection, codec),
                new RpcIssueQueries(connection, codec),
                new RpcConfigCommands(connection),
                new RpcSyncCommands(connection));
    }
}
