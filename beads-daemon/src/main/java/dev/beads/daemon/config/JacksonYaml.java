package dev.beads.daemon.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * config.yaml through Jackson's YAML streaming parser: only loaded for a file with something besides comments, so
 * the ~300 classes of the parser and SnakeYAML stay out of a {@code bd} call on a workspace as {@code bd init} left
 * it.
 */
final class JacksonYaml {
    private JacksonYaml() {}

    static ConfigYaml.Values read(Path file, byte[] bytes) {
        try {
            return new ConfigYaml.Values(file, parse(bytes), null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return new ConfigYaml.Values(
                    file,
                    Map.of(),
                    file + " is not valid YAML" + where + ": "
                            + e.getOriginalMessage()
                            + "; fix the file (daemon settings fall back to the environment and defaults meanwhile)");
        } catch (IOException | RuntimeException e) {
            return new ConfigYaml.Values(file, Map.of(), "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> parse(byte[] bytes) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return out;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("the top level is not a mapping of keys to values; write key: value lines");
            }
            readObject(p, new ArrayList<>(), out);
        }
        return out;
    }

    private static void readObject(JsonParser p, List<String> path, Map<String, String> out) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            path.add(p.currentName());
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(p, path, out);
            } else if (value == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                out.put(String.join(".", path), p.getText());
            }
            path.remove(path.size() - 1);
        }
    }
}
