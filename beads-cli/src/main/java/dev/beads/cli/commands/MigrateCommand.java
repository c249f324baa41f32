package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bd migrate}: Go bd v0.39.1 moves old database files to the current name and records its version
 * (cmd/bd/migrate.go); here every database is brought to the latest schema when it is opened, so a plain
 * {@code migrate} reports Go's success shape with nothing done. {@code --inspect} (migrate.go:730) reports the
 * schema and what to check, for agents.
 */
public final class MigrateCommand extends BdSubcommand {
    /** Go bd's invariant names (internal/storage/sqlite/migration_invariants.go:29-39); ours checks the same. */
    static final List<String> INVARIANTS =
            List.of("required_config_present", "foreign_keys_valid", "issue_count_stable");

    public MigrateCommand() {
        super("migrate");
        model.description("Report the database schema; every database is upgraded when bd opens it.");
    }

    // Go bd v0.39.1 cmd/bd/migrate.go:1062-1069.
    final Arg<Boolean> inspect = model.option("--inspect")
            .description("Show the migrations and the database's state, for agents.")
            .flag();

    final Arg<Boolean> dryRun =
            model.option("--dry-run").description("Change nothing.").flag();

    final Arg<Boolean> yes = model.option("--yes")
            .description("Confirm prompts (there are none).")
            .flag();

    final Arg<Boolean> cleanup = model.option("--cleanup")
            .description("Remove old database files (this bd never leaves any).")
            .flag();

    final Arg<Boolean> updateRepoId =
            model.option("--update-repo-id").description("Not in this build.").flag();

    final Arg<Boolean> toHashIds =
            model.option("--to-hash-ids").description("Not in this build.").flag();

    final Arg<String> toSeparateBranch = model.option("--to-separate-branch")
            .label("<branch>")
            .description("Not in this build.")
            .string();

    @Override
    protected int execute() {
        if (updateRepoId.get() || toHashIds.get() || toSeparateBranch.get() != null) {
            throw new InvalidInputException("bd migrate --update-repo-id, --to-hash-ids and --to-separate-branch"
                    + " are Go bd's; this build has no repository ids, always uses hash ids and syncs on the"
                    + " current branch");
        }
        Session session = session();
        Ports ports = session.forRead();
        Workspace ws = session.workspace();
        DatabaseSchema schema = DatabaseSchema.read(ws);
        Output out = out();
        if (!inspect.get()) {
            return status(out, ws);
        }
        Statistics stats = ports.queries().stats();
        String prefix = ports.config().get("issue_prefix").orElse("");
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (stats.total() > 0 && prefix.isEmpty()) {
            missing.add("issue_prefix");
            warnings.add("issue_prefix config not set - may break commands after migration (detected: "
                    + detectedPrefix(ports) + ")");
        }
        if (schema.version() != schema.latest()) {
            warnings.add(
                    "schema version mismatch (current: " + schema.version() + ", expected: " + schema.latest() + ")");
        }
        if (json()) {
            out.json(g -> {
                g.writeStartObject();
                g.writeObjectFieldStart("current_state");
                g.writeObjectFieldStart("config");
                if (!prefix.isEmpty()) {
                    g.writeStringField("issue_prefix", prefix);
                }
                g.writeEndObject();
                g.writeBooleanField("db_exists", schema.exists());
                g.writeNumberField("issue_count", stats.total());
                dev.beads.json.Shapes.scalar(g, "missing_config", missing);
                g.writeStringField("schema_version", String.valueOf(schema.version()));
                g.writeEndObject();
                dev.beads.json.Shapes.scalar(g, "invariants_to_check", INVARIANTS);
                g.writeArrayFieldStart("registered_migrations");
                for (DatabaseSchema.Migration m : schema.migrations()) {
                    g.writeStartObject();
                    g.writeStringField("name", m.name());
                    g.writeStringField("description", m.description());
                    g.writeEndObject();
                }
                g.writeEndArray();
                dev.beads.json.Shapes.scalar(g, "warnings", warnings);
                g.writeEndObject();
            });
            return 0;
        }
        out.line();
        out.line("Migration Inspection");
        out.line("====================");
        out.line("Schema Version: " + schema.version() + " (this bd: " + schema.latest() + ")");
        out.line("Issue Count: " + stats.total());
        out.line("Registered Migrations: " + schema.migrations().size());
        if (!warnings.isEmpty()) {
            out.line();
            out.line("Warnings:");
            warnings.forEach(w -> out.line("  ⚠ " + w));
        }
        if (!missing.isEmpty()) {
            out.line();
            out.line("Missing Config:");
            missing.forEach(k -> out.line("  - " + k));
        }
        out.line();
        out.line("Invariants to Check: " + INVARIANTS.size());
        INVARIANTS.forEach(i -> out.line("  ✓ " + i));
        out.line();
        return 0;
    }

    /** Go bd's final status (migrate.go:477): nothing to move, the database is current. */
    private int status(Output out, Workspace ws) {
        if (json()) {
            out.json(dev.beads.json.Shapes.object(dev.beads.json.Shapes.sorted(
                    "status",
                    "success",
                    "current_database",
                    ws.database().getFileName().toString(),
                    "version",
                    BdVersion.COMPATIBLE_WITH,
                    "migrated",
                    false,
                    "version_updated",
                    false,
                    "cleaned_up",
                    false)));
        } else {
            out.line("Database migration status:");
            out.line();
            out.line("  Current database: " + ws.database().getFileName() + " (schema upgraded when opened)");
            out.line();
            out.line("Nothing to migrate" + (dryRun.get() ? " (dry run)" : "") + ".");
        }
        return 0;
    }

    private static String detectedPrefix(Ports ports) {
        for (var i : ports.queries().list(IssueFilter.builder().limit(1).build())) {
            return i.id().prefix();
        }
        return "";
    }
}
