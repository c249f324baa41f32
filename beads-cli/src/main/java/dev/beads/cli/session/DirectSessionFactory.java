package dev.beads.cli.session;

import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.Beads;
import dev.beads.runtime.WorkspaceLocator;
import java.nio.file.Path;

/** Sessions that run the core in this process ({@code --no-daemon}, and until a daemon exists, always). */
public final class DirectSessionFactory implements SessionFactory {

    @Override
    public Session open(SessionOptions options) {
        Workspace workspace = WorkspaceLocator.locate(options.cwd(), options.dbFlag(), options.env())
                .orElseThrow(() -> new NotFoundException("no beads workspace found in " + options.cwd()
                        + " or its parents (up to the git root): run bd init"));
        return new DirectSession(workspace, null, options);
    }

    @Override
    public Session initialise(Path root, String prefix, SessionOptions options) {
        Beads beads = Beads.init(root, prefix);
        return new DirectSession(beads.workspace(), beads, options);
    }
}
