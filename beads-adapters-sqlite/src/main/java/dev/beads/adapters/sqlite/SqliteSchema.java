package dev.beads.adapters.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a beads database file holds, for {@code bd info --schema} and {@code bd migrate --inspect}: its schema
 * version, its tables, and the migrations this build knows. Reads only; never creates or upgrades the file.
 */
public final class SqliteSchema {
    /**
     * @param version the file's schema version ({@code PRAGMA user_version}); 0 for a file with no beads schema
     * @param latest the version this build migrates every database it opens to
     * @param tables the file's tables, by name (SQLite's own left out)
     * @param migrations this build's migrations, oldest first
     */
    public record Description(int version, int latest, List<String> tables, List<Migration> migrations) {
        public Description {
            tables = List.copyOf(tables);
            migrations = List.copyOf(migrations);
        }
    }

    /** One migration script: its name ({@code issues} for {@code V1__issues.sql}) and what its header says. */
    public record Migration(String name, String description) {
        public Migration {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    private SqliteSchema() {}

    /** This build's migrations, without a database. */
    public static List<Migration> migrations() {
        List<Migration> list = new ArrayList<>();
        for (String script : Migrations.SCRIPTS) {
            list.add(new Migration(name(script), description(script)));
        }
        return list;
    }

    /**
     * Describes {@code dbFile}.
     *
     * @throws java.io.UncheckedIOException when the file does not exist or cannot be read as a database
     */
    public static Description describe(Path dbFile) {
        if (!Files.isRegularFile(dbFile)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(dbFile + " does not exist"));
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
                Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return new Description(version, Migrations.LATEST, tables, migrations());
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot read " + dbFile + ": " + e.getMessage(), e));
        }
    }

    /** {@code issues} for {@code V1__issues.sql}. */
    static String name(String script) {
        int start = script.indexOf("__") + 2;
        int end = script.endsWith(".sql") ? script.length() - 4 : script.length();
        return script.substring(start, end);
    }

    /** The script's first comment line, without "Schema version N: ". */
    private static String description(String script) {
        try (InputStream in = SqliteSchema.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                return "";
            }
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
            String text = first.startsWith("--") ? first.substring(2).strip() : "";
            int colon = text.indexOf(": ");
            return text.startsWith("Schema version") && colon > 0 ? text.substring(colon + 2) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
