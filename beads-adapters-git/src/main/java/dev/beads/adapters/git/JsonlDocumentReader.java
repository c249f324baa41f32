package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSONL document with one streaming parser per chunk (a parser per line costs more than parsing it; a
 * large file is cut at line boundaries into one chunk per core and read in parallel). Go bd's line rules are
 * enforced with the parser's line numbers: each issue is one object on one line, blank lines are skipped, and any
 * failure names the first bad line. Jackson counts a lone {@code \r} as a line break where Go does not; no file Go
 * bd writes has one. Stateless and thread-safe.
 */
final class JsonlDocumentReader {
    /** Files smaller than two of these are read on the calling thread alone. */
    static final int DEFAULT_MIN_CHUNK = 4 << 20;

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

    /** A chunk's issues, or its first bad line (numbered within the chunk) and what is wrong with it. */
    private record ChunkResult(List<Issue> issues, int badLine, String problem) {}

    /** Where the parser is: the line of the value being read, if any, and the line the last issue was on. */
    private static final class Position {
        int valueLine;
        boolean inValue;
        int lastLine;
    }

    /** @throws JsonlFormatException naming the first bad line; nothing is returned then */
    List<Issue> read(byte[] data, String source) {
        List<Chunk> chunks = JsonlLines.splitRanges(
                        data, minChunk, Runtime.getRuntime().availableProcessors())
                .stream()
                .map(range -> new Chunk(range[0], range[1]))
                .toList();
        List<ChunkResult> results = chunks.size() == 1
                ? List.of(readChunk(data, chunks.get(0)))
                : chunks.parallelStream().map(chunk -> readChunk(data, chunk)).toList();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            ChunkResult result = results.get(i);
            if (result.problem() != null) {
                int line = JsonlLines.countLines(data, chunks.get(i).start()) + result.badLine();
                throw new JsonlFormatException(source, line, result.problem());
            }
            issues.addAll(result.issues());
        }
        return issues;
    }

    /**
     * The issue on the one non-blank line {@code data[start, end)}, which holds no {@code \n}.
     *
     * @param line the line's number in {@code source}, named by the error
     * @throws JsonlFormatException naming that line
     */
    Issue readLine(byte[] data, int start, int end, String source, int line) {
        ChunkResult result = readChunk(data, new Chunk(start, end));
        if (result.problem() != null) {
            throw new JsonlFormatException(source, line, result.problem());
        }
        if (result.issues().size() != 1) {
            throw new JsonlFormatException(source, line, "expected one issue on the line");
        }
        return result.issues().getFirst();
    }

    private ChunkResult readChunk(byte[] data, Chunk chunk) {
        Position position = new Position();
        List<Issue> issues = new ArrayList<>();
        try (JsonParser parser = JacksonFactory.get().createParser(data, chunk.start(), chunk.end() - chunk.start())) {
            readAll(parser, position, issues);
            return new ChunkResult(issues, 0, null);
        } catch (JsonProcessingException e) {
            return invalidJson(data, chunk, position, e);
        } catch (JsonlProblem | InvalidInputException e) {
            return new ChunkResult(List.of(), position.valueLine, e.getMessage());
        } catch (IOException e) {
            return new ChunkResult(List.of(), position.valueLine, "could not parse: " + e.getMessage());
        }
    }

    private void readAll(JsonParser parser, Position position, List<Issue> issues) throws IOException {
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
            issues.add(readObjectOnLine(parser, line));
            position.lastLine = line;
            position.inValue = false;
        }
    }

    /** The object must end on the line it starts on: Go bd parses each line on its own. */
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
        String message = "invalid JSON: " + e.getOriginalMessage();
        if (position.inValue && errorLine != position.valueLine) {
            return new ChunkResult(List.of(), position.valueLine, message);
        }
        // Jackson's byte offsets count from the start of the chunk.
        if (!position.inValue && at != null && isConflictMarkerAt(data, chunk, at.getByteOffset())) {
            return new ChunkResult(List.of(), errorLine, CONFLICT);
        }
        String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
        return new ChunkResult(List.of(), errorLine, message + column);
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
