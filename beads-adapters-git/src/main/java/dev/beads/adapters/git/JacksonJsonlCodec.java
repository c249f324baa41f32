package dev.beads.adapters.git;

import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Issue;
import dev.beads.core.port.IssueSource;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@link JsonlCodec} on Jackson's streaming parser (reading) and a hand-written Go-compatible writer: the v0.39.1
 * file of Go bd survives read → write byte for byte. Thread-safe and stateless.
 */
final class JacksonJsonlCodec implements JsonlCodec {
    private static final int FLUSH_AT = 1 << 16;
    private static final int STREAM_PIECE = 1 << 20;

    /**
     * The reader, writer and patcher, built when the codec is first used (they are stateless and thread-safe, so one
     * set serves every codec): a {@code bd} command that neither reads nor writes the JSONL does not load them.
     */
    private static final class Parts {
        static final JsonlDocumentReader READER = new JsonlDocumentReader(
                JsonlDocumentReader.DEFAULT_MIN_CHUNK, Runtime.getRuntime().availableProcessors());
        static final IssueLineWriter WRITER = new IssueLineWriter();
        static final JsonlPatcher PATCHER = new JsonlPatcher(READER, WRITER);
        /**
         * Pieces of 1 MiB, each parsed on the calling thread: what a piece parses to lives until it is stored, and at
         * 4 MiB it outgrew the young generation's survivor space, so that most of it was promoted and the old
         * generation filled with dead issues (peak RSS of an import of 100,000: 360 MB at 4 MiB, 280 MB at 1 MiB).
         * Parsing a piece in two chunks in parallel, or the next piece on a thread of its own while this one is
         * stored, cost more CPU than it saved on the shared two-core machine (docs/BENCHMARKS.md).
         */
        static final JsonlStreamReader STREAM =
                new JsonlStreamReader(new JsonlDocumentReader(STREAM_PIECE, 1), STREAM_PIECE);

        private Parts() {}
    }

    @Override
    public List<Issue> read(InputStream in, String source) {
        byte[] data;
        try {
            data = in.readAllBytes();
        } catch (IOException e) {
            throw IoProblems.failure("could not read " + source, e);
        }
        return Parts.READER.read(data, source);
    }

    /** Reports every few hundred issues of each chunk and at each chunk's end, on the calling thread only. */
    @Override
    public List<Issue> read(byte[] data, String source, LongConsumer parsed) {
        return Parts.READER.read(data, source, parsed).issues();
    }

    /** As {@link #read(byte[], String, LongConsumer)}, with the lines and the records that are not issues. */
    @Override
    public JsonlDocument readDocument(byte[] data, String source, LongConsumer parsed) {
        return Parts.READER.read(data, source, parsed);
    }

    /** In pieces of 1 MiB of whole lines, each parsed and handed over before the next is read. */
    @Override
    public void readDocument(InputStream in, String source, JsonlSink sink, LongConsumer parsed) {
        Parts.STREAM.read(in, source, sink, parsed);
    }

    @Override
    public List<Issue> read(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw IoProblems.failure("could not read " + file, e);
        }
        return Parts.READER.read(data, file.getFileName().toString());
    }

    @Override
    public void write(List<Issue> issues, OutputStream out) {
        try {
            writeLines(issues, List.of(), out);
        } catch (IOException e) {
            throw IoProblems.failure("could not write issues", e);
        }
    }

    /**
     * Writes every issue's line, then every record's (as read), flushing the buffer to {@code out} in 64 KiB
     * pieces.
     */
    private void writeLines(List<Issue> issues, List<String> records, OutputStream out) throws IOException {
        GoJsonBuffer buffer = new GoJsonBuffer(FLUSH_AT + 8192);
        for (Issue issue : issues) {
            Parts.WRITER.write(issue, buffer);
            buffer.append((byte) '\n');
            flushFull(buffer, out);
        }
        for (String record : records) {
            buffer.append(record.getBytes(StandardCharsets.UTF_8));
            buffer.append((byte) '\n');
            flushFull(buffer, out);
        }
        buffer.writeTo(out);
    }

    private static void flushFull(GoJsonBuffer buffer, OutputStream out) throws IOException {
        if (buffer.length() >= FLUSH_AT) {
            buffer.writeTo(out);
            buffer.reset();
        }
    }

    @Override
    public void writeAtomically(List<Issue> issues, List<String> records, Path file) {
        List<Issue> sorted = new ArrayList<>(issues);
        // Go bd sorts by id with Go's string comparison: the byte order of UTF-8.
        sorted.sort(Comparator.comparing(issue -> issue.id().value(), JsonlLines::compareUtf8));
        AtomicFileWriter.write(file, out -> writeLines(sorted, records, out));
    }

    @Override
    public int writeAtomically(IssueSource issues, List<String> records, Path file) {
        int[] written = {0};
        AtomicFileWriter.write(file, out -> {
            GoJsonBuffer buffer = new GoJsonBuffer(FLUSH_AT + 8192);
            Issue[] last = {null};
            try {
                issues.forEach(issue -> {
                    if (last[0] != null && IssueSource.ORDER.compare(last[0], issue) >= 0) {
                        throw new IllegalArgumentException(
                                "issues out of order for the JSONL: " + last[0].id() + " came before " + issue.id());
                    }
                    last[0] = issue;
                    Parts.WRITER.write(issue, buffer);
                    buffer.append((byte) '\n');
                    written[0]++;
                    try {
                        flushFull(buffer, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (String record : records) {
                buffer.append(record.getBytes(StandardCharsets.UTF_8));
                buffer.append((byte) '\n');
                flushFull(buffer, out);
            }
            buffer.writeTo(out);
        });
        return written[0];
    }

    /** Through the same temp file, fsync and rename as every write of this codec. */
    @Override
    public void copyAtomically(Path source, Path file) {
        AtomicFileWriter.write(file, out -> Files.copy(source, out));
    }

    @Override
    public byte[] patchAtomically(Path file, List<Issue> changed) {
        return Parts.PATCHER.patch(file, changed);
    }

    @Override
    public String toLine(Issue issue) {
        GoJsonBuffer buffer = new GoJsonBuffer(1024);
        Parts.WRITER.write(issue, buffer);
        return buffer.content();
    }
}
