package dev.beads.cli.session;

import dev.beads.adapters.rpc.SocketPaths;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.WorkspaceLocator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A session that decides, when first needed (or ahead, on a thread of its own, while the command line is parsed),
 * whether the workspace's daemon serves the command or this process does, and then is that session. Go bd v0.39.1
 * decides in the root command's pre-run (main.go:619-803); the order is the same: worktree safety, connect and
 * check the version, auto-start, else in-process.
 */
final class ChoosingSession implements Session {
    private final SessionOptions options;
    private final DaemonConnector connector;
    private final PrintStream err;
    private Choosing choosing;
    private Chosen chosen;

    /** The session chosen, and the line to print on stderr about it (or null). */
    private record Chosen(Session session, String notice) {}

    ChoosingSession(SessionOptions options, DaemonConnector connector, PrintStream err) {
        this.options = options;
        this.connector = connector;
        this.err = err;
    }

    @Override
    public void prepare() {
        if (chosen == null && choosing == null) {
            choosing = new Choosing(this);
            choosing.start();
        }
    }

    /** The choice on a platform thread (a direct session then opens SQLite, which pins virtual threads). */
    private static final class Choosing extends Thread {
        private final ChoosingSession session;
        private Chosen chosen;
        private RuntimeException failure;

        Choosing(ChoosingSession session) {
            super("bd-choose");
            this.session = session;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                chosen = session.chooseNow();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        Chosen get() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to the daemon", e);
            }
            if (failure != null) {
                throw failure;
            }
            return chosen;
        }
    }

    private Chosen chooseNow() {
        Optional<Workspace> found = WorkspaceLocator.locate(options.cwd(), options.dbFlag(), options.env());
        if (found.isEmpty()) {
            // the direct session reports the missing workspace ("run bd init") as it always has
            return direct(DaemonStatus.direct(null, DaemonStatus.CONNECT_FAILED, "no workspace"), null);
        }
        Workspace workspace = found.get();
        Optional<Path> worktree = LinkedWorktree.gitDirOf(options.cwd());
        if (worktree.isPresent()) {
            String notice = LinkedWorktree.firstNotice(worktree.get())
                    ? "bd: running in-process in this git worktree: worktrees share .beads, and a daemon would work"
                            + " on another worktree's branch (shown once per worktree)"
                    : null;
            return direct(DaemonStatus.direct(null, DaemonStatus.WORKTREE_SAFETY, "git worktree"), notice);
        }
        Path socket = SocketPaths.forWorkspace(workspace.beadsDir(), options.env());
        return switch (connector.connect(workspace, socket, options.env())) {
            case DaemonConnector.Outcome.Daemon d ->
                new Chosen(new DaemonSession(workspace, d.connection(), socket.toString(), d.version()), null);
            case DaemonConnector.Outcome.Direct d ->
                direct(DaemonStatus.direct(socket.toString(), d.reason(), d.detail()), d.notice());
        };
    }

    private Chosen direct(DaemonStatus status, String notice) {
        DirectSession session = new DirectSession(options, status);
        session.prepare();
        return new Chosen(session, notice);
    }

    private Session chosen() {
        if (chosen == null) {
            chosen = choosing == null ? chooseNow() : choosing.get();
            if (chosen.notice() != null) {
                err.println(chosen.notice());
            }
        }
        return chosen.session();
    }

    @Override
    public Ports forRead() {
        return chosen().forRead();
    }

    @Override
    public Ports forWrite() {
        return chosen().forWrite();
    }

    @Override
    public Workspace workspace() {
        return chosen().workspace();
    }

    @Override
    public DaemonStatus daemonStatus() {
        return chosen().daemonStatus();
    }

    @Override
    public void close() {
        if (chosen == null && choosing != null) {
            try {
                chosen = choosing.get(); // chosen ahead for a command that failed before using it
            } catch (RuntimeException e) {
                choosing = null;
                return; // the command never asked, so it never failed for this
            }
        }
        if (chosen != null) {
            Session s = chosen.session();
            chosen = null;
            choosing = null;
            s.close();
        }
    }
}
