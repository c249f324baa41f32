package dev.beads.cli.session;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code bd}'s sessions (DESIGN §6): through the workspace's daemon when one serves it or can be started, else
 * in-process. A command that must run in-process ({@link SessionOptions#inProcessReason()}) gets a direct session
 * at once, with no socket probed; every other one a {@link ChoosingSession}. {@code bd init} always runs
 * in-process (there is no daemon before the workspace).
 */
public final class AutoSessionFactory implements SessionFactory {
    private final DirectSessionFactory direct = new DirectSessionFactory();
    private final DaemonConnector connector;
    private final PrintStream err;

    /**
     * @param clientVersion this build's version: a daemon that reports another one is replaced
     * @param starter starts a daemon when none runs
     * @param err where the one line about a daemon that could not be used goes
     */
    public AutoSessionFactory(String clientVersion, DaemonStarter starter, PrintStream err) {
        this.connector = new DaemonConnector(clientVersion, starter);
        this.err = err;
    }

    @Override
    public Session open(SessionOptions options) {
        String reason = options.inProcessReason();
        if (reason != null) {
            return new DirectSession(options, DaemonStatus.direct(null, reason, null));
        }
        return new ChoosingSession(options, connector, err);
    }

    @Override
    public Session initialise(Path root, String prefix, SessionOptions options) {
        return direct.initialise(root, prefix, options);
    }
}
