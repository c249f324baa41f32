package dev.beads.daemon;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A passive WAL checkpoint after each write batch (issue 9): SQLite copies committed pages from {@code beads.db-wal}
 * into {@code beads.db} without waiting for readers, so tools that watch {@code .beads/beads.db} for changes (web
 * UIs do) see the daemon's writes as they saw the in-process CLI's (each of whose processes checkpointed as its
 * last connection closed). Its own connection, used by the flush thread only. Not thread-safe.
 */
final class WalCheckpoint implements Runnable, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WalCheckpoint.class.getName());

    private final Path database;
    private Connection connection;

    WalCheckpoint(Path database) {
        this.database = database;
    }

    @Override
    public void run() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection("jdbc:sqlite:" + database);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // Passive: a checkpoint that cannot run now runs after the next batch; SQLite's own auto-checkpoint
            // still bounds the WAL.
            LOG.log(System.Logger.Level.DEBUG, "WAL checkpoint of " + database + " skipped: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
            connection = null;
        }
    }
}
