package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.protocol.FrameReader;
import java.time.Duration;

/**
 * The server's limits (DESIGN §5-§6).
 *
 * @param maxConnections connections served at once; the next one is told {@code busy} and closed
 * @param frameLimit the longest frame in bytes; a longer one is refused and its connection closed
 * @param requestTimeout how long a request may take before its answer is a {@code timeout} error
 * @param idleTimeout a connection speaking Go bd's format that sends nothing this long, with no request of its
 *     running and no subscription, is closed (Go bd's 30 s rule; JSON-RPC connections stay until the peer closes
 *     them); zero for never
 */
public record ServerOptions(int maxConnections, int frameLimit, Duration requestTimeout, Duration idleTimeout) {
    public static final ServerOptions DEFAULTS =
            new ServerOptions(100, FrameReader.DEFAULT_LIMIT, Duration.ofSeconds(30), Duration.ofSeconds(30));

    public ServerOptions {
        if (maxConnections < 1 || frameLimit < 1) {
            throw new IllegalArgumentException("maxConnections and frameLimit must be positive");
        }
    }

    public ServerOptions withMaxConnections(int n) {
        return new ServerOptions(n, frameLimit, requestTimeout, idleTimeout);
    }

    public ServerOptions withFrameLimit(int bytes) {
        return new ServerOptions(maxConnections, bytes, requestTimeout, idleTimeout);
    }

    public ServerOptions withRequestTimeout(Duration d) {
        return new ServerOptions(maxConnections, frameLimit, d, idleTimeout);
    }

    public ServerOptions withIdleTimeout(Duration d) {
        return new ServerOptions(maxConnections, frameLimit, requestTimeout, d);
    }
}
