package dev.beads.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON as Go bd prints it ({@code json.MarshalIndent(v, "", "  ")}): two-space indent, {@code "key": value},
 * empty arrays as {@code []}, {@code < > &} escaped as {@code \u003c \u003e \u0026}, other text UTF-8, and a
 * newline after the document.
 */
public final class GoJson {
    private static final JsonFactory FACTORY =
            new JsonFactoryBuilder().characterEscapes(new GoEscapes()).build();

    private GoJson() {}

    /** Loads the writer (Jackson, the escapes, the pretty printer) ahead of the first {@link #write}. */
    public static void prepare() {
        prettyPrinter();
    }

    /** Writes {@code body} to {@code out}, pretty-printed, followed by a newline; flushes, does not close. */
    public static void write(OutputStream out, JsonBody body) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            body.write(g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON output: " + e.getMessage(), e);
        }
    }

    /** The same, to a string (tests, the quickstart). */
    public static String toString(JsonBody body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(prettyPrinter());
            body.write(g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * {@code body} as Go's {@code json.Marshal} writes it: compact, with Go's escapes, no newline (the {@code data}
     * of Go bd's wire format).
     */
    public static String compact(JsonBody body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Go's encoding/json escapes HTML-significant characters; Jackson does not unless told. */
    private static final class GoEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        GoEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        /** Lower-case hex, as Go writes it; also U+2028 and U+2029, which Go escapes for JavaScript. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}
