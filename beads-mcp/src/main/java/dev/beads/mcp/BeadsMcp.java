package dev.beads.mcp;

import dev.beads.core.error.BeadsException;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bd mcp}: the beads MCP server on stdio until the client closes its end. stdout is the protocol channel:
 * nothing else is written there; diagnostics go to stderr.
 *
 * <p>Called by the CLI through {@link #run} (java.base types only: the CLI loads this module in its own class
 * loader, so no MCP or Reactor class is loaded by any other {@code bd} command).
 */
public final class BeadsMcp {
    private BeadsMcp() {}

    /**
     * Serves until {@code in} ends.
     *
     * @param args the command line after {@code bd mcp} (none are taken yet)
     * @param version the server version reported to clients
     * @return the process exit code: 0 after the client closed stdin, 1 when the server could not start
     */
    public static int run(
            String[] args,
            Path cwd,
            Map<String, String> env,
            InputStream in,
            OutputStream out,
            PrintStream err,
            String version) {
        CountDownLatch ended = new CountDownLatch(1);
        InputStream watched = new EndWatchingStream(in, ended);
        String actor = actor(env);
        try (Workspaces workspaces = new Workspaces(new InProcessPorts(), cwd, env)) {
            McpSyncServer server;
            try {
                server = McpServerFactory.create(
                        new StdioServerTransportProvider(McpServerFactory.mapper(), watched, out),
                        workspaces,
                        version,
                        actor);
            } catch (BeadsException e) {
                err.println("Error: " + e.getMessage());
                return 1;
            }
            openDefault(workspaces);
            err.println("beads MCP server " + version + " on stdio (working directory " + cwd + ")");
            ended.await();
            server.closeGracefully();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Opens the working directory's workspace, when there is one, so its changes reach subscribers from the start;
     * a directory without one is fine (calls name theirs).
     */
    private static void openDefault(Workspaces workspaces) {
        try {
            workspaces.resolve(null, java.util.List::of);
        } catch (BeadsException e) {
            // No workspace here: the client's roots or workspace_root will name one.
        }
    }

    /** Who changes issues: {@code BD_ACTOR}, then beads-mcp's {@code BEADS_ACTOR}, then the user. */
    static String actor(Map<String, String> env) {
        for (String name : new String[] {"BD_ACTOR", "BEADS_ACTOR", "USER"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "mcp";
    }

    /** Counts the latch down when the client's end of stdin closes (end of stream or a read error). */
    private static final class EndWatchingStream extends FilterInputStream {
        private final CountDownLatch ended;

        EndWatchingStream(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return watch(() -> super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return watch(() -> super.read(b, off, len));
        }

        private int watch(Read read) throws IOException {
            try {
                int n = read.read();
                if (n < 0) {
                    ended.countDown();
                }
                return n;
            } catch (IOException | RuntimeException e) {
                ended.countDown();
                throw e;
            }
        }

        private interface Read {
            int read() throws IOException;
        }
    }
}
