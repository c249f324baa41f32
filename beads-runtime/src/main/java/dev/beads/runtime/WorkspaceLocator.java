package dev.beads.runtime;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the workspace a command works on: {@code --db <file>} first, then {@code BEADS_DIR}, then the nearest
 * directory holding {@code .beads/} walking up from the current directory, stopping at the git root (beads
 * discovery rules).
 */
public final class WorkspaceLocator {
    private WorkspaceLocator() {}

    /**
     * @param cwd where the walk up starts
     * @param dbFlag the {@code --db} file, or null
     * @param env the process environment ({@code BEADS_DIR})
     * @return the workspace, or empty when none is found
     * @throws InvalidInputException when {@code --db} or {@code BEADS_DIR} names something that is not there
     */
    public static Optional<Workspace> locate(Path cwd, Path dbFlag, Map<String, String> env) {
        if (dbFlag != null) {
            Path db = cwd.resolve(dbFlag).toAbsolutePath().normalize();
            Path dir = db.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InvalidInputException("--db " + dbFlag + ": directory " + dir
                        + " does not exist; point --db at .beads/beads.db of a workspace");
            }
            return Optional.of(WorkspaceLayout.read(dir).withDatabase(db));
        }
        String beadsDir = env.get("BEADS_DIR");
        if (beadsDir != null && !beadsDir.isBlank()) {
            Path dir = cwd.resolve(beadsDir).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException(
                        "BEADS_DIR=" + beadsDir + " is not a directory: point it at a .beads directory, or unset it");
            }
            return Optional.of(WorkspaceLayout.read(dir).workspace());
        }
        return walkUp(cwd.toAbsolutePath().normalize());
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
