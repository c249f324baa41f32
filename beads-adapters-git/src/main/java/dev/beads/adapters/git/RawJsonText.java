package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.model.RawJson;
import java.io.IOException;

/**
 * Copies one JSON value from a parser as compact text with Go's escaping ({@link GoJsonBuffer}): the canonical
 * form in which values this project does not model are kept ({@link RawJson}) and written back. Numbers keep the
 * digits they were written with.
 */
final class RawJsonText {
    private RawJsonText() {}

    /** The value at the parser's current token as {@link RawJson}; the parser ends on the value's last token. */
    static RawJson read(JsonParser parser) throws IOException {
        GoJsonBuffer buffer = new GoJsonBuffer(64);
        copy(parser, buffer);
        return new RawJson(buffer.content());
    }

    /** Appends the value at the parser's current token to {@code out}; the parser ends on its last token. */
    static void copy(JsonParser parser, GoJsonBuffer out) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> copyObject(parser, out);
            case START_ARRAY -> copyArray(parser, out);
            case VALUE_STRING -> out.appendString(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.appendAscii(parser.getText());
            case VALUE_TRUE -> out.appendAscii("true");
            case VALUE_FALSE -> out.appendAscii("false");
            case VALUE_NULL -> out.appendAscii("null");
            default -> throw new JsonlProblem("unexpected JSON token " + token);
        }
    }

    private static void copyObject(JsonParser parser, GoJsonBuffer out) throws IOException {
        out.append((byte) '{');
        boolean first = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (!first) {
                out.append((byte) ',');
            }
            first = false;
            out.appendString(parser.currentName());
            out.append((byte) ':');
            parser.nextToken();
            copy(parser, out);
        }
        out.append((byte) '}');
    }

    private static void copyArray(JsonParser parser, GoJsonBuffer out) throws IOException {
        out.append((byte) '[');
        boolean first = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (!first) {
                out.append((byte) ',');
            }
            first = false;
            copy(parser, out);
        }
        out.append((byte) ']');
    }
}
