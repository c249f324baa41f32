package dev.beads.adapters.rpc.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one frame into a {@link JsonValue} and writes values back, on Jackson's streaming API. Thread-safe.
 *
 * <p>Nesting is limited to {@link #MAX_DEPTH} levels: no method takes deeper values, and a hostile frame of a
 * million {@code [} must cost a bounded amount of stack.
 */
public final class Json {
    /** The deepest nesting a frame may have. */
    public static final int MAX_DEPTH = 100;

    /** Objects this deep or shallower keep their source text (a batch member's params' issue is at depth 4). */
    private static final int SOURCE_DEPTH = 4;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private Json() {}

    /**
     * Parses exactly one JSON value (surrounding whitespace allowed).
     *
     * @throws JsonSyntaxException for anything else: invalid JSON, trailing text, nesting too deep, no value
     */
    public static JsonValue parse(byte[] frame) {
        try (JsonParser p = FACTORY.createParser(frame)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("empty message");
            }
            JsonValue value = read(p, frame, 1);
            if (p.nextToken() != null) {
                throw new JsonSyntaxException("text after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonSyntaxException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonValue parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonValue read(JsonParser p, byte[] frame, int depth) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return readObject(p, frame, depth);
            case START_ARRAY:
                List<JsonValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, frame, depth + 1));
                }
                return new JsonValue.JArray(items);
            case VALUE_STRING:
                return new JsonValue.JString(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JNumber(p.getText());
            case VALUE_TRUE:
                return JsonValue.TRUE;
            case VALUE_FALSE:
                return JsonValue.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw new JsonSyntaxException("unexpected " + t);
        }
    }

    private static JsonValue readObject(JsonParser p, byte[] frame, int depth) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            fields.put(key, read(p, frame, depth + 1));
        }
        String source = null;
        long end = p.currentTokenLocation().getByteOffset() + 1;
        if (depth <= SOURCE_DEPTH && start >= 0 && end <= frame.length) {
            source = new String(frame, (int) start, (int) (end - start), StandardCharsets.UTF_8);
        }
        return new JsonValue.JObject(fields, source);
    }

    /** The value as compact JSON, UTF-8, without a newline (newlines inside strings are escaped). */
    public static byte[] write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String writeString(JsonValue value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator g, JsonValue value) throws IOException {
        switch (value) {
            case JsonValue.JNull n -> g.writeNull();
            case JsonValue.JBool b -> g.writeBoolean(b.value());
            case JsonValue.JNumber n -> g.writeNumber(n.text());
            case JsonValue.JString s -> g.writeString(s.value());
            case JsonValue.JRaw r -> g.writeRawValue(r.json());
            case JsonValue.JArray a -> {
                g.writeStartArray();
                for (JsonValue item : a.items()) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case JsonValue.JObject o -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonValue> e : o.fields().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
        }
    }
}
