package dev.beads.runtime;

import dev.beads.core.error.BackendException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files {@code bd init} creates in {@code .beads/}, as Go bd lays them out. */
final class WorkspaceFiles {

    static final String GITIGNORE = """
            # SQLite databases
            *.db
            *.db?*
            *.db-journal
            *.db-wal
            *.db-shm

            # Daemon runtime files
            daemon.lock
            daemon.log
            daemon.log.*
            daemon.pid
            bd.sock

            # Keep JSONL exports and config (source of truth for git)
            !*.jsonl
            !metadata.json
            !config.json
            !config.yaml
            """;

    static final String CONFIG_YAML = """
            # beads configuration (committed). Flags and environment variables override these values.
            # daemon:
            #   auto_start: true
            #   sync_interval: 5s
            #   file_watch: true
            #   auto_commit: true
            #   auto_push: false
            """;

    private WorkspaceFiles() {}

    /** Checks a prefix as Go bd does: letters, digits, '-' and '_', not ending in '-'. */
    static String validatePrefix(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.endsWith("-")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!isPrefix(p)) {
            throw new InvalidInputException(
                    "invalid prefix \"" + prefix + "\": use letters, digits, '-' or '_' (for example --prefix bd)");
        }
        return p;
    }

    /**
     * {@code [A-Za-z0-9][A-Za-z0-9_-]*}, checked by hand: this class loads while every {@code bd} call opens its
     * workspace, and compiling a regex there costs a cold process milliseconds.
     */
    private static boolean isPrefix(String p) {
        if (p.isEmpty() || !isAsciiLetterOrDigit(p.charAt(0))) {
            return false;
        }
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Creates {@code .beads/} with metadata.json, config.yaml and .gitignore (existing files are kept). */
    static void create(Workspace workspace) {
        try {
            Files.createDirectories(workspace.beadsDir());
            writeIfAbsent(workspace.beadsDir().resolve(WorkspaceLayout.METADATA), metadataJson(workspace));
            writeIfAbsent(workspace.beadsDir().resolve("config.yaml"), CONFIG_YAML);
            writeIfAbsent(workspace.beadsDir().resolve(".gitignore"), GITIGNORE);
        } catch (IOException e) {
            throw new BackendException(
                    "cannot create " + workspace.beadsDir() + ": " + IoProblems.describe(e)
                            + "; check that the directory is writable",
                    e);
        }
    }

    private static String metadataJson(Workspace workspace) {
        return metadataJson(
                workspace.database().getFileName().toString(),
                workspace.jsonl().getFileName().toString());
    }

    /** The metadata.json {@code bd init} writes for these file names. */
    static String metadataJson(String database, String jsonl) {
        return "{\n  \"database\": \"" + database + "\",\n  \"jsonl_export\": \"" + jsonl + "\"\n}\n";
    }

    private static void writeIfAbsent(Path file, String content) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, content);
        }
    }
}
