package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.port.JsonlDocument;
import dev.beads.core.port.JsonlDocument.Verbatim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.LongConsumer;

/**
 * Reads a JSONL document with one streaming parser per chunk (a parser per line costs more than parsing it; a
 * large file is cut at line boundaries into one chunk per core and read in parallel, the calling thread reading the
 * first). Go bd's line rules are enforced with the parser's line numbers: each issue is one object on one line,
 * blank lines are skipped, and any failure names the first bad line. Jackson counts a lone {@code \r} as a line
 * break where Go does not; no file Go bd writes has one. Stateless and thread-safe.
 */
final class JsonlDocumentReader {
    /** Files smaller than two of these are read on the calling thread alone. */
    static final int DEFAULT_MIN_CHUNK = 4 << 20;

    /** Progress is counted every this many issues of a chunk (and at its end). */
    private static final int REPORT_EVERY = 256;

    private static final String UNFINISHED =
            "invalid JSON: the line ends before the issue's closing brace; write one compact object per line";
    private static final String CONFLICT = "git conflict marker; resolve the merge, then run bd import";

    private final int minChunk;
    private final int maxChunks;

    /** Loaded on the first issue read: patching the file (which reads ids only) does not need the field table. */
    private static final class Objects {
        static final IssueObjectReader READER = new IssueObjectReader();

        private Objects() {}
    }

    /**
     * @param minChunk the smallest chunk worth a thread of its own
     * @param maxChunks how many chunks at most (the number of cores)
     */
    JsonlDocumentReader(int minChunk, int maxChunks) {
        this.minChunk = minChunk;
        this.maxChunks = maxChunks;
    }

    /** Lines {@code [start, end)} of the document, numbered from 1 within the chunk. */
    private record Chunk(int start, int end) {}

    /**
     * A chunk's issues with their lines and its other records (lines numbered within the chunk), or its first bad
     * line and what is wrong with it.
     */
    private record ChunkResult(List<Issue> issues, int[] lines, List<Verbatim> records, int badLine, String problem) {
        static ChunkResult failed(int badLine, String problem) {
            return new ChunkResult(List.of(), new int[0], List.of(), badLine, problem);
        }
    }

    /** What a chunk has read so far. */
    private static final class Found {
        final List<Issue> issues = new ArrayList<>();
        int[] lines = new int[64];
        final List<Verbatim> records = new ArrayList<>(0);

        void issue(Issue issue, int line) {
            if (issues.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[issues.size()] = line;
            issues.add(issue);
        }

        ChunkResult result() {
            return new ChunkResult(issues, Arrays.copyOf(lines, issues.size()), records, 0, null);
        }
    }

    /**
     * Where the parser is: the line of the value being read, if any, the line the last issue was on, and how many
     * of the chunk's bytes have been counted as parsed.
     */
    private static final class Position {
        int valueLine;
        boolean inValue;
        int lastLine;
        long counted;
    }

    /** @throws JsonlFormatException naming the first bad line; nothing is returned then */
    List<Issue> read(byte[] data, String source) {
        return read(data, source, parsed -> {}).issues();
    }

    /**
     * The document of {@code data} (issues with their lines, and the other records), telling {@code parsed} how many
     * bytes have been parsed (on this thread only, never decreasing, last {@code data.length} when the read
     * succeeds).
     *
     * @throws JsonlFormatException naming the first bad line; nothing is returned then
     */
    JsonlDocument read(byte[] data, String source, LongConsumer parsed) {
        return read(data, source, parsed, 0);
    }

    /**
     * {@link #read(byte[], String, LongConsumer)} of a piece of a larger document that has {@code linesBefore} lines
     * before it: line numbers (of the issues, the records and an error) count from the document's start.
     */
    JsonlDocument read(byte[] data, String source, LongConsumer parsed, int linesBefore) {
        List<Chunk> chunks = JsonlLines.splitRanges(data, minChunk, maxChunks).stream()
                .map(range -> new Chunk(range[0], range[1]))
                .toList();
        ParseProgress progress = new ParseProgress(parsed);
        List<ChunkResult> results = chunks.size() == 1
                ? List.of(readChunk(data, chunks.get(0), progress))
                : readInParallel(data, chunks, progress);
        List<Issue> issues = new ArrayList<>();
        int[] lines = new int[0];
        List<Verbatim> records = new ArrayList<>(0);
        int base = linesBefore; // lines before the chunk
        int counted = 0; // the offset up to which base counts
        for (int i = 0; i < chunks.size(); i++) {
            ChunkResult result = results.get(i);
            Chunk chunk = chunks.get(i);
            base += JsonlLines.countLines(data, counted, chunk.start());
            counted = chunk.start();
            if (result.problem() != null) {
                throw new JsonlFormatException(source, base + result.badLine(), result.problem());
            }
            int from = issues.size();
            issues.addAll(result.issues());
            lines = Arrays.copyOf(lines, issues.size());
            for (int j = 0; j < result.lines().length; j++) {
                lines[from + j] = base + result.lines()[j];
            }
            for (Verbatim record : result.records()) {
                records.add(new Verbatim(base + record.line(), record.text()));
            }
        }
        return new JsonlDocument(issues, lines, records);
    }

    /**
     * The chunks after the first are forked to the common pool; the calling thread reads the first itself (so that
     * it reports progress while the others run), then joins the rest in order.
     */
    private List<ChunkResult> readInParallel(byte[] data, List<Chunk> chunks, ParseProgress progress) {
        List<ForkJoinTask<ChunkResult>> forked = new ArrayList<>();
        for (Chunk chunk : chunks.subList(1, chunks.size())) {
            forked.add(
                    ForkJoinTask.adapt(() -> readChunk(data, chunk, progress)).fork());
        }
        List<ChunkResult> results = new ArrayList<>();
        results.add(readChunk(data, chunks.getFirst(), progress));
        for (ForkJoinTask<ChunkResult> task : forked) {
            results.add(task.join());
            progress.report();
        }
        return results;
    }

    /**
     * The id of the issue on the one non-blank line {@code data[start, end)}, which holds no {@code \n}, or null
     * when the line is another record (no {@code id}, or a {@code _type} other than {@code issue}).
     *
     * @param line the line's number in {@code source}, named by the error
     * @throws JsonlFormatException naming that line
     */
    String issueIdOf(byte[] data, int start, int end, String source, int line) {
        ChunkResult result = readChunk(data, new Chunk(start, end), new ParseProgress(parsed -> {}));
        if (result.problem() != null) {
            throw new JsonlFormatException(source, line, result.problem());
        }
        if (result.issues().size() + result.records().size() != 1) {
            throw new JsonlFormatException(source, line, "expected one JSON object on the line");
        }
        return result.issues().isEmpty()
                ? null
                : result.issues().getFirst().id().value();
    }

    private ChunkResult readChunk(byte[] data, Chunk chunk, ParseProgress progress) {
        Position position = new Position();
        Found found = new Found();
        try (JsonParser parser = JacksonFactory.get().createParser(data, chunk.start(), chunk.end() - chunk.start())) {
            readAll(parser, data, chunk, position, found, progress);
            progress.add(chunk.end() - chunk.start() - position.counted);
            return found.result();
        } catch (JsonProcessingException e) {
            return invalidJson(data, chunk, position, e);
        } catch (JsonlProblem | InvalidInputException e) {
            return ChunkResult.failed(position.valueLine, e.getMessage());
        } catch (IOException e) {
            return ChunkResult.failed(position.valueLine, "could not parse: " + e.getMessage());
        }
    }

    private void readAll(
            JsonParser parser, byte[] data, Chunk chunk, Position position, Found found, ParseProgress progress)
            throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            int line = parser.currentTokenLocation().getLineNr();
            position.valueLine = line;
            position.inValue = true;
            if (line == position.lastLine) {
                throw new JsonlProblem("found " + JsonReads.describe(token)
                        + " after the issue on the same line: write one issue per line");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new JsonlProblem("expected a JSON object {...}, found " + JsonReads.describe(token));
            }
            // Jackson's byte offsets count from the start of the chunk.
            long objectStart = parser.currentTokenLocation().getByteOffset();
            Issue issue = readObjectOnLine(parser, line);
            if (issue != null) {
                found.issue(issue, line);
            } else {
                int from = chunk.start() + (int) objectStart;
                int to = chunk.start() + (int) parser.currentTokenLocation().getByteOffset() + 1;
                found.records.add(new Verbatim(line, new String(data, from, to - from, StandardCharsets.UTF_8)));
            }
            position.lastLine = line;
            position.inValue = false;
            if (found.issues.size() % REPORT_EVERY == 0) {
                // Jackson's byte offsets count from the start of the chunk.
                long offset = parser.currentLocation().getByteOffset();
                progress.add(offset - position.counted);
                position.counted = offset;
            }
        }
    }

    /** The object must end on the line it starts on: Go bd parses each line on its own. Null for a record. */
    private Issue readObjectOnLine(JsonParser parser, int line) throws IOException {
        Issue issue;
        try {
            issue = Objects.READER.readObject(parser);
        } catch (JsonlProblem | InvalidInputException e) {
            if (parser.currentLocation().getLineNr() != line) {
                throw new JsonlProblem(UNFINISHED);
            }
            throw e;
        }
        if (parser.currentLocation().getLineNr() != line) {
            throw new JsonlProblem(UNFINISHED);
        }
        return issue;
    }

    /**
     * Blames the line the broken value starts on (an unterminated object fails only on a later line), or, between
     * values, the line the parser stopped on, which may be a git conflict marker.
     */
    private static ChunkResult invalidJson(byte[] data, Chunk chunk, Position position, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int errorLine = at == null ? position.valueLine : at.getLineNr();
        if (e instanceof StreamConstraintsException) {
            return ChunkResult.failed(position.valueLine, tooLarge(e));
        }
        String message = "invalid JSON: " + e.getOriginalMessage();
        if (position.inValue && errorLine != position.valueLine) {
            return ChunkResult.failed(position.valueLine, message);
        }
        // Jackson's byte offsets count from the start of the chunk.
        if (!position.inValue && at != null && isConflictMarkerAt(data, chunk, at.getByteOffset())) {
            return ChunkResult.failed(errorLine, CONFLICT);
        }
        String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
        return ChunkResult.failed(errorLine, message + column);
    }

    /** Jackson's limit messages name its own classes; say what is wrong with the line instead. */
    private static String tooLarge(JsonProcessingException e) {
        String what = e.getOriginalMessage().contains("nesting")
                ? "nests deeper than " + JacksonFactory.MAX_NESTING + " levels"
                : "holds a value longer than " + (JacksonFactory.MAX_STRING >> 20) + " Mi characters";
        return "the line " + what + ", far beyond any issue: is this a beads JSONL file?";
    }

    private static boolean isConflictMarkerAt(byte[] data, Chunk chunk, long offset) {
        if (offset < 0 || chunk.end() == chunk.start()) {
            return false;
        }
        int at = (int) Math.min(chunk.start() + offset, chunk.end() - 1);
        if (data[at] == '\n' && at > chunk.start()) {
            at--;
        }
        int start = at;
        while (start > chunk.start() && data[start - 1] != '\n') {
            start--;
        }
        return JsonlLines.isConflictMarker(data, start, JsonlLines.endOfLine(data, start));
    }
}
