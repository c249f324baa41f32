package dev.beads.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tool's input schema (JSON Schema, as MCP lists it), built field by field; every field has a description. */
final class Schema {
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    static Schema object() {
        return new Schema();
    }

    Schema string(String name, String description) {
        return field(name, description, "string", null);
    }

    Schema string(String name, String description, String fallback) {
        return field(name, description, "string", fallback);
    }

    Schema requiredString(String name, String description) {
        required.add(name);
        return field(name, description, "string", null);
    }

    Schema oneOf(String name, String description, List<String> values, String fallback) {
        Map<String, Object> field = field(description, "string", fallback);
        field.put("enum", values);
        properties.put(name, field);
        return this;
    }

    Schema integer(String name, String description, Integer fallback, int min, int max) {
        Map<String, Object> field = field(description, "integer", fallback);
        field.put("minimum", min);
        field.put("maximum", max);
        properties.put(name, field);
        return this;
    }

    Schema bool(String name, String description, boolean fallback) {
        return field(name, description, "boolean", fallback);
    }

    Schema strings(String name, String description) {
        Map<String, Object> field = field(description, "array", null);
        field.put("items", Map.of("type", "string"));
        properties.put(name, field);
        return this;
    }

    Schema requiredStrings(String name, String description) {
        required.add(name);
        return strings(name, description);
    }

    /** Every tool that works on a workspace takes this one, as in beads-mcp. */
    Schema workspaceRoot() {
        return string(
                "workspace_root",
                "Workspace path override: the project directory (or any directory inside it) whose .beads/ this call"
                        + " uses. Default: the directory set with context, then the client's roots, then the"
                        + " server's working directory.");
    }

    Map<String, Object> build() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        return schema;
    }

    private Schema field(String name, String description, String type, Object fallback) {
        properties.put(name, field(description, type, fallback));
        return this;
    }

    private static Map<String, Object> field(String description, String type, Object fallback) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("type", type);
        field.put("description", description);
        if (fallback != null) {
            field.put("default", fallback);
        }
        return field;
    }
}
