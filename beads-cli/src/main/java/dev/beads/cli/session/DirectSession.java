package dev.beads.cli.session;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.Beads;

/**
 * The core in this process. Before the first read the database is brought up to date with the JSONL (imported when
 * its content hash changed), and after a mutation the dirty issues are written to the JSONL (atomically) when the
 * session closes, so {@code git pull && bd ready} and {@code bd create … && git commit -a} work without a daemon.
 */
final class DirectSession implements Session {
    private final Workspace workspace;
    private final SessionOptions options;
    private Beads beads;
    private Ports ports;
    private boolean refreshed;
    private boolean changed;

    DirectSession(Workspace workspace, Beads opened, SessionOptions options) {
        this.workspace = workspace;
        this.beads = opened;
        this.options = options;
    }

    @Override
    public Ports forRead() {
        Ports p = open();
        if (!refreshed && options.autoSync()) {
            beads.sync().importIfChanged();
        }
        refreshed = true;
        return p;
    }

    @Override
    public Ports forWrite() {
        if (options.readonly()) {
            throw new InvalidInputException(
                    "read-only mode (--readonly): this command changes issues; run it without --readonly");
        }
        Ports p = forRead();
        changed = true;
        return p;
    }

    private Ports open() {
        if (beads == null) {
            beads = Beads.open(workspace);
        }
        if (ports == null) {
            ports = new Ports(beads.issues(), beads.queries(), beads.config(), beads.sync());
        }
        return ports;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public String mode() {
        return "direct";
    }

    @Override
    public void close() {
        if (beads == null) {
            return;
        }
        Beads b = beads;
        beads = null;
        try {
            if (changed && options.autoSync()) {
                b.sync().flushIfDirty();
            }
        } finally {
            b.close();
        }
    }
}
