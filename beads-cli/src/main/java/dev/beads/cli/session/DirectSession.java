package dev.beads.cli.session;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.Clock;
import dev.beads.runtime.Beads;
import dev.beads.runtime.WorkspaceLocator;

/**
 * The core in this process. Before the first read the database is brought up to date with the JSONL (imported when
 * its content hash changed), and after a mutation the dirty issues are written to the JSONL (atomically) when the
 * session closes, so {@code git pull && bd ready} and {@code bd create … && git commit -a} work without a daemon.
 *
 * <p>{@link #prepare()} does the opening (discovery, database, import check) on a platform thread while the
 * command line is still being parsed: both take tens of milliseconds, and a {@code bd} call is mostly start-up.
 */
final class DirectSession implements Session {
    private final SessionOptions options;
    private final DaemonStatus status;
    private final Clock clock;
    private Opening opening;
    private Opened opened;
    private boolean changed;

    /** What opening produced. */
    private record Opened(Workspace workspace, Beads beads, Ports ports) {}

    /**
     * A session on the workspace the options point at, opened on first use (or by {@link #prepare()}).
     *
     * @param status why this command runs in-process ({@code bd info})
     */
    DirectSession(SessionOptions options, DaemonStatus status) {
        this(options, status, null);
    }

    /** @param clock the time the core works with, or null for the system clock */
    DirectSession(SessionOptions options, DaemonStatus status, Clock clock) {
        this.options = options;
        this.status = status;
        this.clock = clock;
    }

    /** A session on a workspace that was just created ({@code bd init}). */
    DirectSession(Beads initialised, SessionOptions options) {
        this.options = options;
        this.status = DaemonStatus.direct(null, DaemonStatus.DAEMON_UNSUPPORTED, null);
        this.clock = null;
        this.opened = new Opened(initialised.workspace(), initialised, ports(initialised));
    }

    @Override
    public void prepare() {
        if (opened == null && opening == null) {
            opening = new Opening(this);
            opening.start();
        }
    }

    /**
     * The opening, on a platform thread (SQLite works in native code, which pins virtual threads). A thread and
     * {@link Thread#join()}, not a {@code FutureTask} or {@code CompletableFuture}: those set up var handles or the
     * common ForkJoinPool first, milliseconds of a cold start spent before the opening can begin.
     */
    private static final class Opening extends Thread {
        private final DirectSession session;
        private Opened opened;
        private Throwable failure;

        Opening(DirectSession session) {
            super("bd-open");
            this.session = session;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                opened = session.openNow();
            } catch (Throwable e) {
                failure = e;
            }
        }

        /** What the opening produced (its failure rethrown); join() makes the thread's writes visible. */
        Opened get() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening the workspace", e);
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException("opening the workspace failed", failure);
            }
            return opened;
        }
    }

    private Opened openNow() {
        Workspace workspace = WorkspaceLocator.locate(options.cwd(), options.dbFlag(), options.env())
                .orElseThrow(() -> new NotFoundException("no beads workspace found in " + options.cwd()
                        + " or its parents (up to the git root): run bd init"));
        Beads beads = clock == null ? Beads.open(workspace) : Beads.open(workspace, clock);
        try {
            Ports ports = ports(beads);
            if (options.autoImport()) {
                beads.sync().importIfChanged();
            }
            return new Opened(workspace, beads, ports);
        } catch (RuntimeException | Error e) {
            closeQuietly(beads);
            throw e;
        }
    }

    private static Ports ports(Beads beads) {
        return new Ports(beads.issues(), beads.queries(), beads.config(), beads.sync());
    }

    private Opened opened() {
        if (opened == null) {
            opened = opening == null ? openNow() : opening.get();
        }
        return opened;
    }

    @Override
    public Ports forRead() {
        return opened().ports();
    }

    @Override
    public Ports forWrite() {
        if (options.readonly()) {
            throw new InvalidInputException(
                    "read-only mode (--readonly): this command changes issues; run it without --readonly");
        }
        if (opened == null && opening != null && opening.isAlive()) {
            Beads.prepareForChanges(); // this thread would only wait for the opening
        }
        Ports p = opened().ports();
        changed = true;
        return p;
    }

    @Override
    public Workspace workspace() {
        return opened().workspace();
    }

    @Override
    public DaemonStatus daemonStatus() {
        return status;
    }

    @Override
    public void close() {
        if (opened == null && opening != null) {
            try {
                opened = opening.get(); // opened ahead for a command that failed before using it
            } catch (RuntimeException | Error e) {
                opening = null;
                return; // the command never asked, so it never failed for this
            }
        }
        if (opened == null) {
            return;
        }
        Beads beads = opened.beads();
        opened = null;
        opening = null;
        try {
            if (changed && options.autoFlush()) {
                beads.sync().flushIfDirty();
            }
        } finally {
            beads.close();
        }
    }

    private static void closeQuietly(Beads beads) {
        try {
            beads.close();
        } catch (RuntimeException ignored) {
            // the failure that made us close is the one to report
        }
    }
}
