package dev.beads.adapters.rpc.server;

/** How busy the server is, for Go's {@code health} and {@code metrics}. Implementations are thread-safe. */
interface ConnectionCounts {
    ConnectionCounts NONE = new ConnectionCounts() {};

    /** Connections being served now. */
    default int active() {
        return 0;
    }

    /** The most served at once. */
    default int max() {
        return 0;
    }

    /** Connections admitted since the server started. */
    default long total() {
        return 0;
    }

    /** Connections refused (the limit, another user) since the server started. */
    default long rejected() {
        return 0;
    }
}
