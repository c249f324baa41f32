package dev.beads.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The file names of a {@code .beads/} directory, from its {@code metadata.json} (DESIGN §3): {@code database} and
 * {@code jsonl_export}. A workspace that has {@code beads.jsonl} and no {@code issues.jsonl} keeps using it.
 */
record WorkspaceLayout(Path beadsDir, String database, String jsonl) {
    static final String METADATA = "metadata.json";
    private static final String LEGACY_JSONL = "beads.jsonl";

    /** Created on the first parse (see {@link #isDefault}). */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();

        private Json() {}
    }

    static WorkspaceLayout read(Path beadsDir) {
        Path metadata = beadsDir.resolve(METADATA);
        byte[] content = readIfPresent(metadata);
        if (content != null && isDefault(content)) {
            return new WorkspaceLayout(beadsDir, Workspace.DEFAULT_DATABASE, Workspace.DEFAULT_JSONL);
        }
        String database = Workspace.DEFAULT_DATABASE;
        String jsonl = null;
        if (content != null) {
            Map<String, String> fields = topLevelStrings(metadata, content);
            database = fields.getOrDefault("database", database);
            jsonl = fields.get("jsonl_export");
        }
        if (jsonl == null) {
            boolean legacy = !Files.exists(beadsDir.resolve(Workspace.DEFAULT_JSONL))
                    && Files.exists(beadsDir.resolve(LEGACY_JSONL));
            jsonl = legacy ? LEGACY_JSONL : Workspace.DEFAULT_JSONL;
        }
        return new WorkspaceLayout(beadsDir, database, jsonl);
    }

    /** The file's bytes, or null when there is no such regular file. */
    private static byte[] readIfPresent(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BackendException(
                    "cannot read " + file + " (" + IoProblems.describe(e)
                            + "): check its permissions, or delete it to use the defaults",
                    e);
        }
    }

    /**
     * Whether {@code content} is exactly what {@code bd init} writes for the default names: then there is nothing to
     * parse. Every command reads this file, and Jackson's first parse costs a cold {@code bd} about 30 ms.
     */
    static boolean isDefault(byte[] content) {
        return Arrays.equals(content, DEFAULT_METADATA);
    }

    private static final byte[] DEFAULT_METADATA = WorkspaceFiles.metadataJson(
                    Workspace.DEFAULT_DATABASE, Workspace.DEFAULT_JSONL)
            .getBytes(StandardCharsets.UTF_8);

    /**
     * The non-blank string fields of a JSON object ({@code content} of {@code file}). Streaming (jackson-core) rather than an ObjectMapper: this
     * runs on every command, and databind's set-up alone was a sixth of a {@code bd ready}.
     */
    private static Map<String, String> topLevelStrings(Path file, byte[] content) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = Json.FACTORY.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BackendException(file + " is not a JSON object: fix it, or delete it to use the defaults");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING
                        && !parser.getText().isBlank()) {
                    fields.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            return fields;
        } catch (IOException e) {
            throw new BackendException(
                    file + " is not valid JSON (" + e.getMessage() + "): fix it, or delete it to use the defaults", e);
        }
    }

    Workspace workspace() {
        return withDatabase(beadsDir.resolve(database));
    }

    Workspace withDatabase(Path databaseFile) {
        Path root = beadsDir.getParent() == null ? beadsDir : beadsDir.getParent();
        return new Workspace(root, beadsDir, beadsDir.resolve(jsonl), databaseFile);
    }
}
