package dev.beads.adapters.rpc.server;

/** Where the daemon serves from, for Go's {@code status} and its {@code expected_db} check. */
public record DaemonFacts(String workspacePath, String databasePath, String socketPath) {
    public static final DaemonFacts NONE = new DaemonFacts("", "", "");
}
