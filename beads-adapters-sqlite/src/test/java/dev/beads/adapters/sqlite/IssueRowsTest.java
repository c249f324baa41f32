package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.sqlite.IssueRows.Column;
import dev.beads.adapters.sqlite.IssueRows.Empty;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter's column list against the table the migrations create: names, order, and what "empty" means. */
class IssueRowsTest {
    @TempDir
    Path dir;

    @Test
    void columns_areTheIssuesTable_inTableOrder_withTheEmptyValueTheirDeclarationImplies() throws SQLException {
        List<Column> table = new ArrayList<>();
        try (Connection c = SqliteConnections.open(dir.resolve("beads.db"));
                Statement st = c.createStatement()) {
            Migrations.migrate(c);
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(issues)")) {
                while (rs.next()) {
                    boolean notNull = rs.getInt("notnull") == 1 || rs.getInt("pk") == 1;
                    Empty empty = !notNull
                            ? Empty.NULLABLE
                            : rs.getString("type").equals("INTEGER") ? Empty.NUMBER : Empty.TEXT;
                    table.add(new Column(rs.getString("name"), empty));
                }
            }
        }

        assertThat(IssueRows.COLUMNS).containsExactlyElementsOf(table);
    }

    @Test
    void presenceMask_fitsInOneLong() {
        assertThat(IssueRows.COLUMNS).hasSizeLessThanOrEqualTo(Long.SIZE - 1);
    }
}
