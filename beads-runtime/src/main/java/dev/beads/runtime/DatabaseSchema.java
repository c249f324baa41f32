package dev.beads.runtime;

import dev.beads.adapters.sqlite.SqliteSchema;
import dev.beads.core.model.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema of a workspace's database as the file holds it, for the admin commands that report it
 * ({@code bd info --schema}, {@code bd migrate --inspect}). Reads the file; never creates or upgrades it.
 *
 * @param exists whether the database file exists (when not, the other parts describe this build only)
 * @param version the file's schema version (0 when missing)
 * @param latest the schema version this build upgrades every database it opens to
 * @param tables the file's tables
 * @param migrations this build's migrations, oldest first: {@code name} and {@code description}
 */
public record DatabaseSchema(boolean exists, int version, int latest, List<String> tables, List<Migration> migrations) {
    public DatabaseSchema {
        tables = List.copyOf(tables);
        migrations = List.copyOf(migrations);
    }

    /** One schema migration of this build. */
    public record Migration(String name, String description) {}

    /** Reads the schema of {@code workspace}'s database. */
    public static DatabaseSchema read(Workspace workspace) {
        List<Migration> migrations = new ArrayList<>();
        for (SqliteSchema.Migration m : SqliteSchema.migrations()) {
            migrations.add(new Migration(m.name(), m.description()));
        }
        if (!java.nio.file.Files.isRegularFile(workspace.database())) {
            return new DatabaseSchema(false, 0, migrations.size(), List.of(), migrations);
        }
        SqliteSchema.Description d = SqliteSchema.describe(workspace.database());
        return new DatabaseSchema(true, d.version(), d.latest(), d.tables(), migrations);
    }
}
