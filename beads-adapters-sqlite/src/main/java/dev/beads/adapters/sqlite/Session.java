package dev.beads.adapters.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection and a small cache of its prepared statements; every statement of the adapter runs here, with its
 * {@code ?} parameters bound in order. Failures surface as {@link SqlFailure}, translated in one place ({@link
 * SqliteErrors}). Not thread-safe: one thread uses a session at a time.
 */
final class Session implements AutoCloseable {
    private static final int CACHED_STATEMENTS = 64;
    private static final int BATCH_SIZE = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CACHED_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    Session(Connection connection) {
        this.connection = connection;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    Connection connection() {
        return connection;
    }

    <T> List<T> query(Sql.Fragment query, Row<T> row) {
        return query(query.sql(), query.binds(), row);
    }

    <T> List<T> query(String sql, List<?> binds, Row<T> row) {
        List<T> out = new ArrayList<>();
        each(sql, binds, rs -> out.add(row.map(rs)));
        return out;
    }

    /** Consumes the current row of a result set. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    void each(String sql, List<?> binds, RowConsumer consumer) {
        try {
            PreparedStatement ps = prepare(sql);
            bind(ps, binds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs one statement; returns the number of rows it changed (0 for a statement that returns rows). */
    int execute(String sql, Object... binds) {
        try {
            PreparedStatement ps = prepare(sql);
            bind(ps, Arrays.asList(binds));
            // execute(), not executeUpdate(): some statements (PRAGMA optimize) return rows. Closing them resets the
            // statement; one left open would pin a read snapshot, so the WAL could never restart.
            if (ps.execute()) {
                ps.getResultSet().close();
                return 0;
            }
            return ps.getUpdateCount();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    int execute(Sql.Fragment statement) {
        return execute(statement.sql(), statement.binds().toArray());
    }

    /** Whether {@code query} returns a row. */
    boolean exists(String query, Object... binds) {
        boolean[] found = {false};
        each("SELECT EXISTS (" + query + ")", Arrays.asList(binds), rs -> found[0] = rs.getBoolean(1));
        return found[0];
    }

    /** Runs {@code sql} once per element of {@code rows} (each the statement's parameters), in JDBC batches. */
    void batch(String sql, List<Object[]> rows) {
        try {
            PreparedStatement ps = prepare(sql);
            if (rows.size() == 1) {
                bind(ps, Arrays.asList(rows.get(0)));
                ps.executeUpdate();
                return;
            }
            // Bounded batches: sqlite-jdbc keeps a statement's batch array at its largest size and clears it whole on
            // every executeBatch, so one 100k-row batch made each later single-row batch on it cost milliseconds.
            for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
                for (Object[] values : rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))) {
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, List<?> binds) throws SQLException {
        // Statements rendered once must be bound completely: a missing value would silently be NULL.
        int expected = ps.getParameterMetaData().getParameterCount();
        if (expected != binds.size()) {
            throw new IllegalStateException("statement takes " + expected + " parameters, " + binds.size() + " given");
        }
        for (int i = 0; i < binds.size(); i++) {
            ps.setObject(i + 1, binds.get(i));
        }
    }

    /** The failure, naming the statement; the statement leaves the cache, whatever state it was left in. */
    private SqlFailure failure(String sql, SQLException e) {
        PreparedStatement ps = statements.remove(sql);
        if (ps != null) {
            closeQuietly(ps);
        }
        return new SqlFailure(sql, e);
    }

    @Override
    public void close() {
        statements.values().forEach(Session::closeQuietly);
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing to recover while closing; the file stays consistent (WAL).
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // A statement that cannot close is released with its connection.
        }
    }
}
