package dev.beads.adapters.git;

import dev.beads.core.error.IoProblems;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads a JSONL document from a stream in pieces of whole lines (at least {@code block} bytes, but for the last),
 * each parsed by the {@link JsonlDocumentReader} (in parallel when large enough) and handed to the sink before the
 * next is read: memory holds one piece and what it parses to, not the file. A line longer than {@link #MAX_LINE} is
 * refused without reading it whole. Stateless apart from its settings; thread-safe.
 */
final class JsonlStreamReader {
    /** Longer lines are no beads file: Go bd's auto-import stops at 64 MiB too (v0.39.1 cmd/bd/autoimport.go:219). */
    static final int MAX_LINE = 64 << 20;

    private final JsonlDocumentReader reader;
    private final int block;
    private final int maxLine;

    JsonlStreamReader(JsonlDocumentReader reader, int block) {
        this(reader, block, MAX_LINE);
    }

    /** @param maxLine the longest line read (bytes, with its line break) */
    JsonlStreamReader(JsonlDocumentReader reader, int block, int maxLine) {
        this.reader = reader;
        this.block = block;
        this.maxLine = maxLine;
    }

    /** @throws JsonlFormatException naming the first bad line; the sink has had the lines before it */
    void read(InputStream in, String source, JsonlSink sink, LongConsumer parsed) {
        byte[] buffer = new byte[block];
        int filled = 0;
        int linesBefore = 0;
        long consumed = 0;
        boolean end = false;
        while (!end || filled > 0) {
            if (!end && filled < buffer.length) {
                int n = read(in, buffer, filled, source);
                if (n < 0) {
                    end = true;
                } else {
                    filled += n;
                }
                continue;
            }
            int cut = end ? filled : lastLineEnd(buffer, filled);
            if (cut == 0) {
                if (buffer.length >= maxLine) {
                    throw new JsonlFormatException(
                            source,
                            linesBefore + 1,
                            "the line is longer than " + describe(maxLine) + ", far beyond any issue: is this a"
                                    + " beads JSONL file?");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxLine, 2L * buffer.length));
                continue;
            }
            byte[] piece = Arrays.copyOf(buffer, cut);
            long offset = consumed;
            JsonlDocument document = reader.read(piece, source, done -> parsed.accept(offset + done), linesBefore);
            hand(piece, linesBefore, document, sink);
            linesBefore += JsonlLines.countLines(piece, cut);
            consumed += cut;
            System.arraycopy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
        }
        parsed.accept(consumed);
    }

    private static String describe(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private static int read(InputStream in, byte[] buffer, int from, String source) {
        try {
            return in.read(buffer, from, buffer.length - from);
        } catch (IOException e) {
            throw IoProblems.failure("could not read " + source, e);
        }
    }

    /** The length of {@code data[0, filled)} up to and with its last {@code \n}; 0 when it has none. */
    private static int lastLineEnd(byte[] data, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The piece's issues and records, in line order, each issue with its line's text. */
    private static void hand(byte[] piece, int linesBefore, JsonlDocument document, JsonlSink sink) {
        List<JsonlDocument.Verbatim> records = document.records();
        int next = 0;
        int line = linesBefore + 1; // the line that starts at lineStart
        int lineStart = 0;
        for (int i = 0; i < document.issues().size(); i++) {
            int number = document.issueLines()[i];
            while (next < records.size() && records.get(next).line() < number) {
                sink.record(records.get(next++));
            }
            while (line < number) {
                lineStart = JsonlLines.endOfLine(piece, lineStart) + 1;
                line++;
            }
            int lineEnd = JsonlLines.endOfLine(piece, lineStart);
            sink.issue(
                    document.issues().get(i),
                    number,
                    new String(piece, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8));
        }
        while (next < records.size()) {
            sink.record(records.get(next++));
        }
    }
}
