package dev.beads.adapters.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the schema from the versioned scripts under {@code db/migration/}. The schema version is the
 * database's {@code PRAGMA user_version}; each script newer than it runs in its own {@code BEGIN IMMEDIATE}
 * transaction together with the version bump, so a crash leaves the file at a whole version and a reopen is a
 * no-op.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** The scripts in version order; version = position + 1. Add new ones at the end, never edit old ones. */
    static final List<String> SCRIPTS =
            List.of("V1__issues.sql", "V2__blocked_cache.sql", "V3__top_level_ids.sql", "V4__imported_history.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {}

    /** Brings {@code connection}'s database to the latest version. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, LATEST);
    }

    /** Brings the database to {@code target} (tests build older files with it). */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > LATEST) {
            throw new SchemaException(
                    "its schema version " + current + " is newer than this bd knows (" + LATEST + "): upgrade bd");
        }
        if (current == 0 && hasTables(connection)) {
            throw new SchemaException("it has tables but no beads schema version (another program's database, or"
                    + " one written by Go bd)");
        }
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                // Another process may have migrated while we waited for the lock.
                if (version(connection) < version) {
                    for (String sql : statements(load(script))) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + version);
                    LOG.info("applied schema migration {}", script);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** Splits a script at {@code ;} ending a line, dropping {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String load(String script) {
        String resource = "/db/migration/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
    }

    /** The file is SQLite but not a database this code can upgrade. */
    static final class SchemaException extends SQLException {
        private static final long serialVersionUID = 1L;

        SchemaException(String message) {
            super(message);
        }
    }
}
