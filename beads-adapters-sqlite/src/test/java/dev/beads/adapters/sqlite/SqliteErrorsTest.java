package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.beads.core.error.BackendException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What a user reads when SQLite itself refuses: real failures of a real database file, translated. */
class SqliteErrorsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("beads.db");
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    private static String lockedMessage(String what, Path file) {
        return what + " failed: " + file + " is locked by another process (waited 5 s); try again, or stop the other"
                + " bd (bd daemons list)";
    }

    @Test
    void aDatabaseAnotherConnectionHoldsExclusively_isLockedByAnotherProcess() throws SQLException {
        try (Connection holder = open();
                Connection waiter = open();
                Statement hold = holder.createStatement();
                Statement wait = waiter.createStatement()) {
            hold.execute("CREATE TABLE t (x)");
            hold.execute("BEGIN EXCLUSIVE");
            wait.execute("PRAGMA busy_timeout = 0");

            SQLiteException busy =
                    catchThrowableOfType(SQLiteException.class, () -> wait.executeQuery("SELECT * FROM t"));

            assertThat(busy.getResultCode().code & 0xff).isEqualTo(SQLiteErrorCode.SQLITE_BUSY.code);
            BackendException translated = SqliteErrors.translate(file(), "reading issue bd-1", busy);
            assertThat(translated).hasMessage(lockedMessage("reading issue bd-1", file()));
            assertThat(translated).hasCause(busy);
        }
    }

    @Test
    void aTableLockedWithinTheConnection_readsTheSame() throws SQLException {
        try (Connection c = open();
                Statement s = c.createStatement();
                Statement drop = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("INSERT INTO t VALUES (1), (2)");
            try (ResultSet reading = s.executeQuery("SELECT x FROM t")) {
                reading.next();

                SQLiteException locked =
                        catchThrowableOfType(SQLiteException.class, () -> drop.execute("DROP TABLE t"));

                assertThat(locked.getResultCode().code & 0xff).isEqualTo(SQLiteErrorCode.SQLITE_LOCKED.code);
                assertThat(SqliteErrors.translate(file(), "storing issue bd-1", new RuntimeException(locked)))
                        .hasMessage(lockedMessage("storing issue bd-1", file()));
            }
        }
    }

    @Test
    void anyOtherFailure_namesTheFileAndSQLitesReason() throws SQLException {
        try (Connection c = open();
                Statement s = c.createStatement()) {
            SQLException missing = catchThrowableOfType(SQLException.class, () -> s.executeQuery("SELECT * FROM nope"));

            assertThat(SqliteErrors.translate(file(), "listing issues", missing))
                    .hasMessage("listing issues failed in " + file() + ": " + missing.getMessage())
                    .hasMessageContaining("no such table: nope");
        }
    }

    @Test
    void aFailureWithoutAnSqlCauseOrMessage_namesItsKind() {
        assertThat(SqliteErrors.translate(file(), "listing issues", new IllegalArgumentException()))
                .hasMessage("listing issues failed in " + file() + ": IllegalArgumentException");
    }
}
