package dev.beads.adapters.sqlite;

import dev.beads.core.error.BackendException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into {@link BackendException}s that name the database file and say what to do. */
final class SqliteErrors {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private SqliteErrors() {}

    /**
     * A backend failure of {@code what} (for example "storing issue bd-a3f8") on {@code file}. Files that are not
     * (or no longer) a readable beads database get the message that tells the user how to recover.
     */
    static BackendException translate(Path file, String what, Throwable error) {
        SQLException sql = sqlCause(error);
        if (sql instanceof Migrations.SchemaException) {
            return notABeadsDatabase(file, sql.getMessage(), error);
        }
        int code = primaryCode(sql);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            return notABeadsDatabase(file, message(error), error);
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return new BackendException(
                    what + " failed: " + file + " is locked by another process (waited "
                            + SqliteConnections.BUSY_TIMEOUT_MS / 1000 + " s); try again, or stop the other bd"
                            + " (bd daemons list)",
                    error);
        }
        return new BackendException(what + " failed in " + file + ": " + message(error), error);
    }

    static BackendException notABeadsDatabase(Path file, String why, Throwable error) {
        return new BackendException(
                file + " is not a beads database: " + why + "; move it away and run bd init / bd import", error);
    }

    private static SQLException sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static int primaryCode(SQLException sql) {
        if (sql instanceof SQLiteException lite) {
            SQLiteErrorCode code = lite.getResultCode();
            return code == null ? -1 : code.code & 0xff;
        }
        return sql == null ? -1 : sql.getErrorCode() & 0xff;
    }

    private static String message(Throwable error) {
        SQLException sql = sqlCause(error);
        Throwable shown = sql != null ? sql : error;
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }
}
