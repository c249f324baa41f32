package dev.beads.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a workspace keeps its files (DESIGN §3).
 *
 * @param root the directory that holds {@code .beads/}
 * @param beadsDir {@code root/.beads}
 * @param jsonl the git-tracked JSONL ({@code issues.jsonl}, or the name metadata.json gives)
 * @param database the SQLite file ({@code beads.db})
 */
public record Workspace(Path root, Path beadsDir, Path jsonl, Path database) {
    public static final String BEADS_DIR = ".beads";
    public static final String DEFAULT_JSONL = "issues.jsonl";
    public static final String DEFAULT_DATABASE = "beads.db";

    public Workspace {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(beadsDir, "beadsDir");
        Objects.requireNonNull(jsonl, "jsonl");
        Objects.requireNonNull(database, "database");
    }

    /** The default layout under {@code root}. */
    public static Workspace at(Path root) {
        Path dir = root.resolve(BEADS_DIR);
        return new Workspace(root, dir, dir.resolve(DEFAULT_JSONL), dir.resolve(DEFAULT_DATABASE));
    }
}
