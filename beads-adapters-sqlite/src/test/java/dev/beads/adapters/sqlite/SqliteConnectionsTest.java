package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.BackendException;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void everyConnection_hasWalBusyTimeoutForeignKeysAndNormalSync() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection writer = SqliteConnections.open(file);
                Connection reader = SqliteConnections.open(file)) {
            for (Connection c : new Connection[] {writer, reader}) {
                assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(c, "busy_timeout")).isEqualTo("5000");
                assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(c, "synchronous")).isEqualTo("1"); // NORMAL
                assertThat(pragma(c, "temp_store")).isEqualTo("2"); // MEMORY
                assertThat(pragma(c, "cache_size")).isEqualTo("-65536"); // 64 MiB
            }
        }
    }

    @Test
    void foreignKeys_areEnforced_onTheSchema() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection c = SqliteConnections.open(file);
                Statement st = c.createStatement()) {
            Migrations.migrate(c);
            assertThatThrownBy(() -> st.execute("INSERT INTO labels (issue_id, label) VALUES ('bd-missing', 'x')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void bdLower_foldsCaseAsJavaDoes_beyondAscii() throws SQLException {
        try (Connection c = SqliteConnections.open(dir.resolve("beads.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT bd_lower('ÉCOLE Straße ΣΑΣ'), lower('ÉCOLE')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ÉCOLE Straße ΣΑΣ".toLowerCase(java.util.Locale.ROOT));
            assertThat(rs.getString(2)).isEqualTo("École"); // SQLite's own lower() folds ASCII only
        }
    }

    @Test
    void givenATextFile_open_saysItIsNotABeadsDatabaseAndHowToRecover() throws Exception {
        Path file = dir.resolve("beads.db");
        Files.writeString(file, "this is not a database, just some notes\n".repeat(200), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SqliteIssueRepositories.open(file))
                .isInstanceOf(BackendException.class)
                .hasMessageStartingWith(file + " is not a beads database: ")
                .hasMessageEndingWith("; move it away and run bd init / bd import");
        assertThat(Files.readString(file)).startsWith("this is not a database");
    }

    @Test
    void givenAFileCorruptedAfterTheHeader_reading_saysItIsNotABeadsDatabase() throws Exception {
        Path file = dir.resolve("beads.db");
        try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
            repo.write(w -> {
                w.setConfig("issue_prefix", "bd");
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // keep SQLite's 100-byte header, destroy every page
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> {
                    try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
                        repo.find(IssueId.of("bd-1"));
                    }
                })
                .isInstanceOf(BackendException.class)
                .hasMessageContaining(file + " is not a beads database")
                .hasMessageContaining("bd init / bd import");
    }

    @Test
    void givenAMissingDirectory_open_createsIt() {
        Path file = dir.resolve("a/b/.beads/beads.db");
        SqliteIssueRepositories.open(file).close();
        assertThat(file).exists();
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
