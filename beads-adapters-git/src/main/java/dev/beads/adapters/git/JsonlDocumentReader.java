package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonFactory;
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
 * Reads a whole JSONL document with one streaming parser (a parser per line costs more than parsing it), and
 * enforces Go bd's line rules with the parser's line numbers: each issue is one object on one line, blank lines
 * are skipped, and any failure names the line it is on. Jackson counts a lone {@code \r} as a line break where
 * Go does not; no file Go bd writes has one. Stateless and thread-safe.
 */
final class JsonlDocumentReader {
    private static final String UNFINISHED =
            "invalid JSON: the line ends before the issue's closing brace; write one compact object per line";

    private final JsonFactory factory;
    private final IssueObjectReader objects = new IssueObjectReader();

    JsonlDocumentReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** Where the parser is: the line of the value being read, if any, and the line the last issue ended on. */
    private static final class Position {
        int valueLine;
        boolean inValue;
        int lastLine;
    }

    /** @throws JsonlFormatException naming the first bad line; nothing is returned then */
    List<Issue> read(byte[] data, String source) {
        Position position = new Position();
        List<Issue> issues = new ArrayList<>();
        try (JsonParser parser = factory.createParser(data)) {
            readAll(parser, position, issues);
        } catch (JsonProcessingException e) {
            throw invalidJson(data, source, position, e);
        } catch (JsonlProblem | InvalidInputException e) {
            throw new JsonlFormatException(source, position.valueLine, e.getMessage());
        } catch (IOException e) {
            throw new JsonlFormatException(source, position.valueLine, "could not parse: " + e.getMessage());
        }
        return issues;
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
            issue = objects.readObject(parser);
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
    private static JsonlFormatException invalidJson(
            byte[] data, String source, Position position, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int errorLine = at == null ? position.valueLine : at.getLineNr();
        if (position.inValue && errorLine != position.valueLine) {
            return new JsonlFormatException(source, position.valueLine, "invalid JSON: " + e.getOriginalMessage());
        }
        if (!position.inValue && at != null && isConflictMarkerAt(data, at.getByteOffset())) {
            return new JsonlFormatException(
                    source, errorLine, "git conflict marker; resolve the merge, then run bd import");
        }
        String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
        return new JsonlFormatException(source, errorLine, "invalid JSON: " + e.getOriginalMessage() + column);
    }

    private static boolean isConflictMarkerAt(byte[] data, long offset) {
        if (offset < 0 || data.length == 0) {
            return false;
        }
        int start = (int) Math.min(offset, data.length - 1);
        if (data[start] == '\n' && start > 0) {
            start--;
        }
        while (start > 0 && data[start - 1] != '\n') {
            start--;
        }
        return JsonlLines.isConflictMarker(data, start, JsonlLines.endOfLine(data, start));
    }
}
