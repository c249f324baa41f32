package dev.beads.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/** Opens connections to a beads database, every one with the same pragmas and helper functions. */
final class SqliteConnections {
    /** How long a connection waits for another process's write lock before SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MS = 5000;

    private SqliteConnections() {}

    /**
     * A connection in autocommit mode (transactions are begun explicitly) with WAL, {@code busy_timeout},
     * {@code foreign_keys=ON} and {@code synchronous=NORMAL}. Opening also reads the file header, so a file that is
     * not SQLite fails here.
     */
    static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            // One statement, not one per pragma through SQLiteConfig: each costs a cold bd process a JDBC round of
            // its own. 64 MiB of page cache at most (the default is 2 MiB; pages are allocated only as used): an
            // import of 100k issues touches every index page many times, and a smaller cache spills to the WAL
            // mid-transaction.
            try (Statement pragmas = connection.createStatement()) {
                pragmas.executeUpdate("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
                        + " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536");
            }
            registerFunctions(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Case folding as Java does it ({@code toLowerCase(Locale.ROOT)}): SQLite's own {@code lower()} and {@code LIKE}
     * fold ASCII only, which would make non-ASCII searches and title sorts differ from the other implementations.
     */
    private static void registerFunctions(Connection connection) throws SQLException {
        Function.create(
                connection,
                "bd_lower",
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String s = value_text(0);
                        result(s == null ? null : s.toLowerCase(Locale.ROOT));
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
    }
}
