package dev.beads.adapters.sqlite;

import dev.beads.core.error.BackendException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One beads database file: a single writer connection (writes serialized by a lock and {@code BEGIN IMMEDIATE}),
 * a small pool of reader connections (WAL lets them read the last committed state while a write runs), and the
 * hand-off that keeps JNI calls off virtual threads. Thread-safe.
 */
final class Database implements AutoCloseable {
    private static final int MAX_READERS = 4;

    private final Path file;
    private final Session writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Session> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final PlatformThreads platform = new PlatformThreads();
    private int openedReaders;
    private volatile boolean closed;

    private Database(Path file, Session writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens (creating when missing) and migrates {@code file}. */
    static Database open(Path file) {
        return new PlatformThreads().callOnce(() -> openHere(file));
    }

    private static Database openHere(Path file) {
        Session writer = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = new Session(SqliteConnections.open(file));
            Migrations.migrate(writer.connection());
            Database db = new Database(file, writer);
            // Planner statistics for tables that have none yet (cheap; SQLite 3.46+ semantics).
            db.optimize("PRAGMA optimize=0x10002");
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(writer);
            throw e instanceof BackendException b ? b : SqliteErrors.translate(file, "opening the database", e);
        }
    }

    Path file() {
        return file;
    }

    /** How many reader connections have been opened (tests). */
    synchronized int readerConnections() {
        return openedReaders;
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction on the writer connection: commits when it
     * returns, rolls back and rethrows (unchanged) when it throws.
     */
    <T> T write(Function<Session, T> work) {
        return platform.call(() -> writeHere(work));
    }

    private <T> T writeHere(Function<Session, T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("write is not reentrant: do not call write from inside a write");
        }
        writeLock.lock();
        try {
            ensureOpen();
            transaction(writer, "BEGIN IMMEDIATE", "starting a write transaction");
            T result;
            try {
                result = work.apply(writer);
            } catch (Throwable t) {
                rollback(writer, t);
                throw t;
            }
            try {
                transaction(writer, "COMMIT", "committing");
            } catch (BackendException e) {
                rollback(writer, e);
                throw e;
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code query} in one read transaction (a consistent snapshot): on an idle reader connection, else on the
     * writer connection when no write holds it, else on a new reader (up to {@link #MAX_READERS}) or the next one
     * free. A single-threaded caller (a {@code bd} process) thus never opens a second connection, which costs a cold
     * process milliseconds; concurrent reads still run beside a write, as WAL allows. The price: a write that starts
     * while a read holds the writer connection waits for that read to end.
     */
    <T> T read(String what, Function<Session, T> query) {
        return platform.call(() -> readHere(what, query));
    }

    private <T> T readHere(String what, Function<Session, T> query) {
        ensureOpen();
        Session idle = idleReaders.poll();
        if (idle == null && !writeLock.isHeldByCurrentThread() && writeLock.tryLock()) {
            try {
                ensureOpen();
                return readOn(writer, what, query);
            } finally {
                writeLock.unlock();
            }
        }
        Session reader = idle != null ? idle : borrowReader();
        try {
            return readOn(reader, what, query);
        } finally {
            releaseReader(reader);
        }
    }

    private <T> T readOn(Session connection, String what, Function<Session, T> query) {
        transaction(connection, "BEGIN", what);
        try {
            T result = query.apply(connection);
            transaction(connection, "COMMIT", what);
            return result;
        } catch (SqlFailure e) {
            rollback(connection, e);
            throw SqliteErrors.translate(file, what, e);
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
    }

    private Session borrowReader() {
        Session idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (this) {
            if (openedReaders < MAX_READERS) {
                try {
                    Session h = new Session(SqliteConnections.open(file));
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

    private void releaseReader(Session reader) {
        if (closed || !idleReaders.offer(reader)) {
            closeQuietly(reader);
        }
    }

    private void transaction(Session h, String sql, String what) {
        try {
            h.execute(sql);
        } catch (SqlFailure e) {
            throw SqliteErrors.translate(file, what, e);
        }
    }

    private static void rollback(Session h, Throwable cause) {
        try {
            h.execute("ROLLBACK");
        } catch (SqlFailure e) {
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
            optimize("PRAGMA optimize");
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
        Session h;
        while ((h = idleReaders.poll()) != null) {
            closeQuietly(h);
        }
        platform.close();
    }

    /**
     * Refreshes planner statistics, as SQLite advises on open and before closing. Best effort: it may need the
     * write lock, and another process holding it must not make opening or closing fail.
     */
    private void optimize(String pragma) {
        try {
            writer.execute(pragma);
        } catch (SqlFailure e) {
            // Only statistics; a later open or close gathers them again.
        }
    }

    private static void closeQuietly(Session h) {
        if (h != null) {
            h.close();
        }
    }
}
