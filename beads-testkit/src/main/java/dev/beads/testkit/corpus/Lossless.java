package dev.beads.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an export kept every record, key and value of the file imported (issue 8): each issue's keys with
 * their values (Go bd omits empty strings, {@code false}, {@code null} and empty arrays, so an export may too; and an
 * export may write Go bd's defaults for keys the line lacked: {@code title ""}, {@code status "open"},
 * {@code issue_type "task"}, {@code priority 0}); labels as a set (bd sorts them); every record that is not an issue
 * byte for byte, after the issues, in file order.
 */
public final class Lossless {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> DEFAULTS = defaults();

    private Lossless() {}

    /**
     * @param dropped lines of {@code original} the import leaves out by design (from 1)
     */
    public static void assertExportKeeps(byte[] original, Set<Integer> dropped, byte[] exported) {
        assertExportKeeps(original, dropped, exported, Set.of());
    }

    /**
     * As {@link #assertExportKeeps(byte[], Set, byte[])}, where the export also holds the issues {@code added} (made
     * after the import).
     */
    public static void assertExportKeeps(byte[] original, Set<Integer> dropped, byte[] exported, Set<String> added) {
        Parsed before = parse(original, dropped);
        Parsed after = parse(exported, Set.of());
        after.issues.keySet().removeAll(added);
        assertThat(after.issues.keySet())
                .as("the ids exported")
                .containsExactlyInAnyOrderElementsOf(before.issues.keySet());
        for (Map.Entry<String, ObjectNode> e : before.issues.entrySet()) {
            ObjectNode was = e.getValue();
            ObjectNode is = after.issues.get(e.getKey());
            covers(is, was, "issue " + e.getKey());
            addsOnlyDefaults(is, was, "issue " + e.getKey());
        }
        assertThat(after.records)
                .as("records that are not issues, verbatim, in order")
                .isEqualTo(before.records);
        assertThat(after.recordsAfterIssues)
                .as("records come after every issue")
                .isTrue();
    }

    private record Parsed(Map<String, ObjectNode> issues, List<String> records, boolean recordsAfterIssues) {}

    private static Parsed parse(byte[] data, Set<Integer> dropped) {
        Map<String, ObjectNode> issues = new LinkedHashMap<>();
        List<String> records = new ArrayList<>();
        boolean after = true;
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || dropped.contains(i + 1)) {
                continue;
            }
            ObjectNode node = object(line);
            if (isRecord(node)) {
                records.add(line);
            } else {
                after &= records.isEmpty();
                if (issues.put(node.get("id").asText(), node) != null) {
                    fail("id " + node.get("id") + " twice (line " + (i + 1) + ")");
                }
            }
        }
        return new Parsed(issues, records, after);
    }

    private static boolean isRecord(ObjectNode node) {
        JsonNode id = node.get("id");
        JsonNode type = node.get("_type");
        return id == null
                || !id.isTextual()
                || id.asText().isEmpty()
                || (type != null && !"issue".equals(type.asText()));
    }

    /** Every non-empty value of {@code was} is in {@code is}, recursively (objects may gain keys inside arrays). */
    private static void covers(JsonNode is, JsonNode was, String where) {
        if (was.isObject()) {
            assertThat(is != null && is.isObject()).as(where + " is an object").isTrue();
            Iterator<Map.Entry<String, JsonNode>> fields = was.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (isEmpty(f.getValue())) {
                    continue;
                }
                String at = where + "." + f.getKey();
                JsonNode value = is.get(f.getKey());
                assertThat(value).as(at + " is kept").isNotNull();
                if (f.getKey().equals("labels")) {
                    assertThat(set(value)).as(at).isEqualTo(set(f.getValue()));
                } else {
                    covers(value, f.getValue(), at);
                }
            }
        } else if (was.isArray()) {
            assertThat(is.isArray() && is.size() == was.size())
                    .as(where + " has " + was.size() + " elements")
                    .isTrue();
            for (int i = 0; i < was.size(); i++) {
                covers(is.get(i), was.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(is).as(where).isEqualTo(was);
        }
    }

    private static void addsOnlyDefaults(ObjectNode is, ObjectNode was, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = is.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode before = was.get(f.getKey());
            if (before == null || before.isNull()) {
                assertThat(f.getValue())
                        .as(where + " gained \"" + f.getKey() + "\": only Go bd's defaults may be added")
                        .isEqualTo(DEFAULTS.get(f.getKey()));
            }
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isNull()
                || (value.isTextual() && value.asText().isEmpty())
                || (value.isBoolean() && !value.asBoolean())
                || (value.isContainerNode() && value.isEmpty());
    }

    private static Set<JsonNode> set(JsonNode array) {
        Set<JsonNode> out = new HashSet<>();
        array.forEach(out::add);
        return out;
    }

    private static ObjectNode object(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + line, e);
        }
    }

    private static Map<String, JsonNode> defaults() {
        ObjectNode d = JSON.createObjectNode();
        d.put("title", "");
        d.put("status", "open");
        d.put("issue_type", "task");
        d.put("priority", 0);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        d.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
        return out;
    }
}
