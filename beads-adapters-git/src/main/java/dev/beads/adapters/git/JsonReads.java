package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Timestamps;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of the value at a parser's current token, with Go's {@code json.Unmarshal} leniency and strictness:
 * {@code null} leaves a field at its zero value, a value of the wrong JSON type is an error naming the key.
 */
final class JsonReads {
    /** Go's zero {@code time.Time}, which {@code json.Unmarshal} leaves in a timestamp the line does not have. */
    static final OffsetDateTime GO_ZERO_TIME = Timestamps.GO_ZERO;

    private JsonReads() {}

    /** A string; {@code null} is empty. */
    static String string(JsonParser parser, String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        throw typeError(key, "a string", token);
    }

    /** An RFC 3339 timestamp, offset kept; {@code null} (absent) for JSON null. */
    static OffsetDateTime timestamp(JsonParser parser, String key) throws IOException {
        String text = string(parser, key);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return GoTimestamps.parse(text);
        } catch (InvalidInputException e) {
            throw new JsonlProblem(key + ": " + e.getMessage());
        }
    }

    /** An integer that fits Go's {@code int} as this project stores it; {@code null} is 0. */
    static int integer(JsonParser parser, String key) throws IOException {
        Integer value = optionalInteger(parser, key);
        return value == null ? 0 : value;
    }

    /** An integer, or {@code null} for JSON null (Go's {@code *int}). */
    static Integer optionalInteger(JsonParser parser, String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw notAnInteger(parser, key, "an integer");
        }
        return parser.getIntValue();
    }

    /**
     * Go bd's priority: an integer (a missing one stays 0, as {@code json.Unmarshal} leaves it). One outside 0-4 is
     * read as it is: the range guards what commands write, and the import reports it.
     */
    static int priority(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw notAnInteger(parser, "priority", "an integer from 0 (highest) to 4 (lowest)");
        }
        return parser.getIntValue();
    }

    private static JsonlProblem notAnInteger(JsonParser parser, String key, String expected) throws IOException {
        JsonToken token = parser.currentToken();
        String actual = switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_STRING -> "the string \"" + parser.getText() + "\"";
            default -> describe(token);
        };
        return new JsonlProblem("\"" + key + "\" must be " + expected + ", not " + actual);
    }

    /** {@code true} or {@code false}; {@code null} is false. */
    static boolean bool(JsonParser parser, String key) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw typeError(key, "true or false", token);
        };
    }

    /** An array of strings; {@code null} is empty. */
    static List<String> strings(JsonParser parser, String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw typeError(key, "an array of strings", token);
        }
        List<String> values = new ArrayList<>();
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                throw typeError(key, "an array of strings", token, "an array holding ");
            }
            values.add(parser.getText());
        }
        return values;
    }

    /** Any JSON value as canonical text, or {@code null} for JSON null. */
    static RawJson raw(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : RawJsonText.read(parser);
    }

    /** Checks that the current token starts an array (true) or is null (false). */
    static boolean startArray(JsonParser parser, String key, String expected) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_ARRAY) {
            throw typeError(key, expected, token);
        }
        return true;
    }

    static JsonlProblem typeError(String key, String expected, JsonToken actual) {
        return typeError(key, expected, actual, "");
    }

    private static JsonlProblem typeError(String key, String expected, JsonToken actual, String context) {
        return new JsonlProblem("\"" + key + "\" must be " + expected + ", not " + context + describe(actual));
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
