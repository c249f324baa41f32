package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.beads.core.error.BackendException;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import dev.beads.testkit.Issues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void givenANewFile_open_createsTheLatestSchema() throws SQLException {
        Path file = dir.resolve("beads.db");
        SqliteIssueRepositories.open(file).close();

        try (Connection c = SqliteConnections.open(file)) {
            assertThat(Migrations.version(c)).isEqualTo(Migrations.LATEST).isEqualTo(4);
            assertThat(tables(c))
                    .contains(
                            "issues",
                            "labels",
                            "dependencies",
                            "comments",
                            "events",
                            "dirty_issues",
                            "config",
                            "metadata",
                            "blocked_cache",
                            "jsonl_records");
        }
    }

    /** A workspace written before comments kept their file ids: its comments open with the ids they had. */
    @Test
    void givenAVersion3FileWithComments_open_keepsThemWithTheirIds() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection c = SqliteConnections.open(file);
                Statement st = c.createStatement()) {
            Migrations.migrate(c, 3);
            st.execute(issueRow("bd-1", "open"));
            st.execute("INSERT INTO comments (id, issue_id, seq, author, text, created_at)"
                    + " VALUES (7, 'bd-1', 0, 'ann', 'first', '2025-01-01T00:00:00Z'),"
                    + " (9, 'bd-1', 1, 'bob', 'second', '2025-01-02T00:00:00Z')");
        }

        try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
            assertThat(repo.find(IssueId.of("bd-1")).orElseThrow().comments())
                    .extracting(c -> c.id(), c -> c.author(), c -> c.text(), c -> c.originalId())
                    .containsExactly(tuple(7L, "ann", "first", null), tuple(9L, "bob", "second", null));
            assertThat(repo.records()).isEmpty();
        }
        try (Connection c = SqliteConnections.open(file)) {
            assertThat(Migrations.version(c)).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void givenAMigratedFile_reopening_changesNothingAndKeepsTheData() {
        Path file = dir.resolve("beads.db");
        try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
            repo.write(w -> {
                w.put(
                        Issues.anIssue("bd-1").labels("kept").build(),
                        Issues.createdEvent(Issues.anIssue("bd-1").build()));
                w.setConfig("issue_prefix", "bd");
                return null;
            });
            repo.setMetadata("last_import_hash", "abc");
        }
        try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
            assertThat(repo.find(IssueId.of("bd-1")).orElseThrow().labels()).containsExactly("kept");
            assertThat(repo.events(IssueId.of("bd-1"))).hasSize(1);
            assertThat(repo.dirtyIds()).containsExactly(IssueId.of("bd-1"));
            assertThat(repo.config("issue_prefix")).contains("bd");
            assertThat(repo.metadata("last_import_hash")).contains("abc");
        }
    }

    @Test
    void givenAVersion1File_open_upgradesItAndFillsTheBlockedCacheFromItsData() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection c = SqliteConnections.open(file);
                Statement st = c.createStatement()) {
            Migrations.migrate(c, 1);
            st.execute(issueRow("bd-blocker", "open"));
            st.execute(issueRow("bd-waits", "open"));
            st.execute(issueRow("bd-child", "open"));
            st.execute("INSERT INTO dependencies (issue_id, seq, depends_on_id, type, created_at, created_ns)"
                    + " VALUES ('bd-waits', 0, 'bd-blocker', 'blocks', '2025-01-01T00:00:00Z', 0),"
                    + " ('bd-child', 0, 'bd-waits', 'parent-child', '2025-01-01T00:00:00Z', 0)");
            assertThat(Migrations.version(c)).isEqualTo(1);
            assertThat(tables(c)).doesNotContain("blocked_cache");
        }

        try (IssueRepository repo = SqliteIssueRepositories.open(file)) {
            assertThat(repo.ready(WorkFilter.ALL, Issues.T0))
                    .extracting(i -> i.id().value())
                    .containsExactly("bd-blocker");
            assertThat(repo.blocked(WorkFilter.ALL))
                    .extracting(b -> b.issue().id().value())
                    .containsExactly("bd-child", "bd-waits");
        }
        try (Connection c = SqliteConnections.open(file)) {
            assertThat(Migrations.version(c)).isEqualTo(Migrations.LATEST);
            assertThat(strings(c, "SELECT issue_id FROM blocked_cache ORDER BY issue_id"))
                    .containsExactly("bd-child", "bd-waits");
        }
    }

    @Test
    void givenAFileFromANewerBd_open_refusesAndSaysToUpgrade() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection c = SqliteConnections.open(file);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> SqliteIssueRepositories.open(file))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version 99 is newer")
                .hasMessageContaining("upgrade bd");
    }

    @Test
    void givenAnotherProgramsDatabase_open_refusesWithoutTouchingIt() throws SQLException {
        Path file = dir.resolve("beads.db");
        try (Connection c = SqliteConnections.open(file);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE issues (id TEXT PRIMARY KEY, title TEXT)");
        }

        assertThatThrownBy(() -> SqliteIssueRepositories.open(file))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining(file + " is not a beads database")
                .hasMessageContaining("move it away and run bd init / bd import");
        try (Connection c = SqliteConnections.open(file)) {
            assertThat(Migrations.version(c)).isZero();
            assertThat(tables(c)).containsExactly("issues");
        }
    }

    @Test
    void statements_splitAtLineEndingSemicolons_andDropCommentLines() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT);\n\nINSERT INTO a\n"
                + "  SELECT 'b;c';\nCREATE INDEX i ON a (x);";

        assertThat(Migrations.statements(script))
                .containsExactly(
                        "CREATE TABLE a (x TEXT);", "INSERT INTO a\n  SELECT 'b;c';", "CREATE INDEX i ON a (x);");
    }

    @Test
    void everyScriptInTheMigrationDirectory_isListedInVersionOrder() throws IOException {
        // The runtime applies SCRIPTS only: a script added to the directory but not listed would never run.
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(Migrations.SCRIPTS).containsExactlyElementsOf(files);
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            assertThat(Migrations.SCRIPTS.get(i)).startsWith("V" + (i + 1) + "__");
        }
    }

    private static String issueRow(String id, String status) {
        return "INSERT INTO issues (id, title, status, priority, issue_type, created_at, created_ns, updated_at,"
                + " updated_ns) VALUES ('" + id + "', 'title of " + id + "', '" + status
                + "', 2, 'task', '2025-01-01T00:00:00Z', 1735689600000000000, '2025-01-01T00:00:00Z',"
                + " 1735689600000000000)";
    }

    static List<String> tables(Connection c) throws SQLException {
        return strings(
                c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
