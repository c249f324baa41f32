package dev.beads.adapters.sqlite;

import dev.beads.core.error.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One beads database file: a single writer connection (writes serialized by a lock and {@code BEGIN IMMEDIATE}),
 * a small pool of reader connections (WAL lets them read the last committed state while a write runs), and the
 * hand-off that keeps JNI calls off virtual threads. Thread-safe.
 */
final class Database implements AutoCloseable {
    private static final int MAX_READERS = 4;

    private final Path file;
    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Handle> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final PlatformThreads platform = new PlatformThreads();
    private int openedReaders;
    private volatile boolean closed;

    private record Handle(Connection connection, DSLContext ctx) {
        static Handle open(Path file) throws SQLException {
            Connection c = SqliteConnections.open(file);
            return new Handle(c, SqliteConnections.dsl(c));
        }

        void run(String sql) throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
            }
        }
    }

    private Database(Path file, Handle writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens (creating when missing) and migrates {@code file}. */
    static Database open(Path file) {
        return new PlatformThreads().callOnce(() -> openHere(file));
    }

    private static Database openHere(Path file) {
        Handle writer = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = Handle.open(file);
            Migrations.migrate(writer.connection());
            return new Database(file, writer);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            closeQuietly(writer);
            throw e instanceof BackendException b ? b : SqliteErrors.translate(file, "opening the database", e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction on the writer connection: commits when it
     * returns, rolls back and rethrows (unchanged) when it throws.
     */
    <T> T write(Function<DSLContext, T> work) {
        return platform.call(() -> writeHere(work));
    }

    private <T> T writeHere(Function<DSLContext, T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("write is not reentrant: do not call write from inside a write");
        }
        writeLock.lock();
        try {
            ensureOpen();
            transaction(writer, "BEGIN IMMEDIATE", "starting a write transaction");
            T result;
            try {
                result = work.apply(writer.ctx());
            } catch (Throwable t) {
                rollback(writer, t);
                throw t;
            }
            transaction(writer, "COMMIT", "committing");
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code query} in one read transaction (a consistent snapshot) on a reader connection. */
    <T> T read(String what, Function<DSLContext, T> query) {
        return platform.call(() -> readHere(what, query));
    }

    private <T> T readHere(String what, Function<DSLContext, T> query) {
        ensureOpen();
        Handle reader = borrowReader();
        try {
            transaction(reader, "BEGIN", what);
            try {
                T result = query.apply(reader.ctx());
                transaction(reader, "COMMIT", what);
                return result;
            } catch (DataAccessException e) {
                rollback(reader, e);
                throw SqliteErrors.translate(file, what, e);
            } catch (RuntimeException | Error e) {
                rollback(reader, e);
                throw e;
            }
        } finally {
            releaseReader(reader);
        }
    }

    private Handle borrowReader() {
        Handle idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (this) {
            if (openedReaders < MAX_READERS) {
                try {
                    Handle h = Handle.open(file);
                    openedReaders++;
                    return h;
                } catch (SQLException e) {
                    throw SqliteErrors.translate(file, "opening a reader connection", e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while waiting for a connection to " + file, e);
        }
    }

    private void releaseReader(Handle reader) {
        if (closed || !idleReaders.offer(reader)) {
            closeQuietly(reader);
        }
    }

    private void transaction(Handle h, String sql, String what) {
        try {
            h.run(sql);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, what, e);
        }
    }

    private static void rollback(Handle h, Throwable cause) {
        try {
            h.run("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (for example after SQLITE_FULL); keep the original failure.
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the repository for " + file + " is closed");
        }
    }

    /** Closes every connection after the running write, if any, finishes. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeLock.lock();
        try {
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
        Handle h;
        while ((h = idleReaders.poll()) != null) {
            closeQuietly(h);
        }
        platform.close();
    }

    private static void closeQuietly(Handle h) {
        if (h == null) {
            return;
        }
        try {
            h.connection().close();
        } catch (SQLException e) {
            // Nothing to recover while closing; the file stays consistent (WAL).
        }
    }
}
