package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bd migrate --inspect} and {@code bd info --schema} read: this build's migrations and a file's state. */
class SqliteSchemaTest {
    @Test
    void migrations_areNamedAfterTheirScripts_andDescribedByTheirFirstComment() {
        var migrations = SqliteSchema.migrations();

        assertThat(migrations).hasSize(Migrations.LATEST);
        assertThat(migrations.getFirst().name()).isEqualTo("issues");
        assertThat(migrations.getFirst().description())
                .isEqualTo("issues with every field of Go bd's v0.39.1 types.Issue, their labels, dependencies and");
        assertThat(migrations.get(3).name()).isEqualTo("imported_history");
        assertThat(migrations.get(3).description()).isEqualTo("imported history kept as written (DESIGN §3).");
        assertThat(SqliteSchema.name("V9__x_y")).isEqualTo("x_y");
    }

    @Test
    void describe_givesTheFilesVersionAndTables(@TempDir Path dir) {
        Path file = dir.resolve("beads.db");
        SqliteIssueRepository.open(file, Blocking.ReadyStrategy.CACHE).close();

        SqliteSchema.Description d = SqliteSchema.describe(file);

        assertThat(d.version()).isEqualTo(Migrations.LATEST);
        assertThat(d.latest()).isEqualTo(Migrations.LATEST);
        assertThat(d.tables())
                .contains("issues", "labels", "dependencies", "comments", "dirty_issues")
                .isSorted();
        assertThat(d.tables()).noneMatch(t -> t.startsWith("sqlite"));
        assertThat(d.migrations()).isEqualTo(SqliteSchema.migrations());
    }

    @Test
    void describe_ofAMissingFileOrNoDatabase_failsNamingIt(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SqliteSchema.describe(dir.resolve("none.db")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("none.db does not exist");
        Path text = Files.writeString(dir.resolve("text.db"), "not a database, just text that is long enough");
        assertThatThrownBy(() -> SqliteSchema.describe(text))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read " + text);
    }
}
