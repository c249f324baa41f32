package dev.beads.runtime;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the workspace a command works on: {@code --db <file>} first, then {@code BEADS_DIR}, then {@code BEADS_DB}
 * (a database file), then the nearest directory holding {@code .beads/} walking up from the current directory,
 * stopping at the git root (Go bd v0.39.1 internal/beads/beads.go:350 {@code FindDatabasePath}: a
 * {@code BEADS_DIR} without a database gives way to {@code BEADS_DB}).
 */
public final class WorkspaceLocator {
    private WorkspaceLocator() {}

    /**
     * @param cwd where the walk up starts
     * @param dbFlag the {@code --db} file, or null
     * @param env the process environment ({@code BEADS_DIR}, {@code BEADS_DB})
     * @return the workspace, or empty when none is found
     * @throws InvalidInputException when {@code --db}, {@code BEADS_DIR} or {@code BEADS_DB} names something that
     *     is not there
     */
    public static Optional<Workspace> locate(Path cwd, Path dbFlag, Map<String, String> env) {
        if (dbFlag != null) {
            return Optional.of(database(cwd, dbFlag, "--db " + dbFlag, "point --db at .beads/beads.db of a workspace"));
        }
        String beadsDir = env.get("BEADS_DIR");
        String beadsDb = env.get("BEADS_DB");
        boolean haveDb = beadsDb != null && !beadsDb.isBlank();
        if (beadsDir != null && !beadsDir.isBlank()) {
            Path dir = cwd.resolve(beadsDir).toAbsolutePath().normalize();
            if (Files.isDirectory(dir) && (!haveDb || holdsDatabase(dir))) {
                return Optional.of(WorkspaceLayout.read(dir).workspace());
            }
            if (!haveDb) {
                throw new InvalidInputException(
                        "BEADS_DIR=" + beadsDir + " is not a directory: point it at a .beads directory, or unset it");
            }
        }
        if (haveDb) {
            return Optional.of(database(
                    cwd, Path.of(beadsDb), "BEADS_DB=" + beadsDb, "point BEADS_DB at .beads/beads.db of a workspace"));
        }
        return walkUp(cwd.toAbsolutePath().normalize());
    }

    /** The workspace of a database file named by {@code --db} or {@code BEADS_DB} ({@code what}). */
    private static Workspace database(Path cwd, Path file, String what, String hint) {
        Path db = cwd.resolve(file).toAbsolutePath().normalize();
        Path dir = db.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException(what + ": directory " + dir + " does not exist; " + hint);
        }
        return WorkspaceLayout.read(dir).withDatabase(db);
    }

    /** Whether a {@code .beads} directory has a database file in it (Go bd: {@code *.db}, not backups). */
    private static boolean holdsDatabase(Path dir) {
        try (var files = Files.newDirectoryStream(dir, "*.db")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.contains(".backup") && !name.equals("vc.db")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The nearest {@code .beads/} at or above {@code start}, not above the enclosing git work tree's root. */
    static Optional<Workspace> walkUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Workspace.BEADS_DIR);
            if (Files.isDirectory(candidate)) {
                return Optional.of(WorkspaceLayout.read(candidate).workspace());
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
