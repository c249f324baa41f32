package dev.beads.cli.session;

import dev.beads.core.port.Clock;
import dev.beads.runtime.Beads;
import java.nio.file.Path;

/** Sessions that run the core in this process ({@code --no-daemon}, and until a daemon exists, always). */
public final class DirectSessionFactory implements SessionFactory {
    private final Clock clock;

    /** Sessions on the system clock. */
    public DirectSessionFactory() {
        this(null);
    }

    /** Sessions whose core takes the time from {@code clock} (tests comparing two workspaces byte for byte). */
    public DirectSessionFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Session open(SessionOptions options) {
        return new DirectSession(options, DaemonStatus.direct(null, DaemonStatus.FLAG_NO_DAEMON, null), clock);
    }

    @Override
    public Session initialise(Path root, String prefix, SessionOptions options) {
        return new DirectSession(Beads.init(root, prefix), options);
    }
}
