package dev.beads.adapters.sqlite;

import java.sql.SQLException;

/**
 * A statement failed. Internal to the adapter: the repository translates it (with {@link SqliteErrors}) into a
 * {@code BackendException} that names the database file and what was being done.
 */
final class SqlFailure extends RuntimeException {
    SqlFailure(String sql, SQLException cause) {
        super("SQL [" + sql + "]; " + cause.getMessage(), cause);
    }
}
