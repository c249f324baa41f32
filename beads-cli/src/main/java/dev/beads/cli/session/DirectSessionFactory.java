package dev.beads.cli.session;

import dev.beads.runtime.Beads;
import java.nio.file.Path;

/** Sessions that run the core in this process ({@code --no-daemon}, and until a daemon exists, always). */
public final class DirectSessionFactory implements SessionFactory {

    @Override
    public Session open(SessionOptions options) {
        return new DirectSession(options);
    }

    @Override
    public Session initialise(Path root, String prefix, SessionOptions options) {
        return new DirectSession(Beads.init(root, prefix), options);
    }
}
