package dev.beads.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.core.error.BackendException;
import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file names of a {@code .beads/} directory, from its {@code metadata.json} (DESIGN §3): {@code database} and
 * {@code jsonl_export}. A workspace that has {@code beads.jsonl} and no {@code issues.jsonl} keeps using it.
 */
record WorkspaceLayout(Path beadsDir, String database, String jsonl) {
    static final String METADATA = "metadata.json";
    private static final String LEGACY_JSONL = "beads.jsonl";

    static WorkspaceLayout read(Path beadsDir) {
        String database = Workspace.DEFAULT_DATABASE;
        String jsonl = null;
        Path metadata = beadsDir.resolve(METADATA);
        if (Files.isRegularFile(metadata)) {
            try {
                JsonNode node = new ObjectMapper().readTree(metadata.toFile());
                database = text(node, "database", database);
                jsonl = text(node, "jsonl_export", null);
            } catch (IOException e) {
                throw new BackendException(
                        metadata + " is not valid JSON (" + e.getMessage()
                                + "): fix it, or delete it to use the defaults",
                        e);
            }
        }
        if (jsonl == null) {
            boolean legacy = !Files.exists(beadsDir.resolve(Workspace.DEFAULT_JSONL))
                    && Files.exists(beadsDir.resolve(LEGACY_JSONL));
            jsonl = legacy ? LEGACY_JSONL : Workspace.DEFAULT_JSONL;
        }
        return new WorkspaceLayout(beadsDir, database, jsonl);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }

    Workspace workspace() {
        return withDatabase(beadsDir.resolve(database));
    }

    Workspace withDatabase(Path databaseFile) {
        Path root = beadsDir.getParent() == null ? beadsDir : beadsDir.getParent();
        return new Workspace(root, beadsDir, beadsDir.resolve(jsonl), databaseFile);
    }
}
