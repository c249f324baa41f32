package dev.beads.adapters.git;

import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link dev.beads.core.port.JsonlCodec#patchAtomically}: writes the changed issues' lines into a JSONL file and
 * keeps every other line's bytes. A kept line is not parsed when its id can be read from its start (every line this
 * codec writes starts with the id) and it does not mention {@code "_type"}; only other lines go through the parser,
 * for their id or to find that they are records other than issues, which are kept after the issues in their order.
 * Stateless and thread-safe.
 */
final class JsonlPatcher {
    /** A class, not {@code Comparator.comparing(…)}: a flush runs once per bd process, where linking lambdas costs. */
    private static final Comparator<Line> BY_ID = new Comparator<>() {
        @Override
        public int compare(Line a, Line b) {
            return JsonlLines.compareUtf8(a.id(), b.id());
        }
    };

    private final JsonlDocumentReader reader;
    private final IssueLineWriter writer;

    JsonlPatcher(JsonlDocumentReader reader, IssueLineWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** A line to write: {@code bytes[start, end)}, without its line break. */
    private record Line(String id, byte[] bytes, int start, int end) {}

    /** Returns the new content, which it wrote in one piece. */
    byte[] patch(Path file, List<Issue> changed) {
        // Encoded first, so that an issue that cannot be written fails before the file is touched.
        Map<String, byte[]> replacements = encode(changed);
        byte[] data = readOrEmpty(file);
        byte[] spliced = SortedSplice.of(data, replacements);
        if (spliced != null) {
            AtomicFileWriter.write(file, out -> out.write(spliced));
            return spliced;
        }
        List<Line> records = new ArrayList<>(0);
        List<Line> lines = keptLines(data, file.getFileName().toString(), replacements, records);
        for (Map.Entry<String, byte[]> replacement : replacements.entrySet()) {
            byte[] bytes = replacement.getValue();
            lines.add(new Line(replacement.getKey(), bytes, 0, bytes.length));
        }
        // A stable sort: lines of an id the file holds twice keep their order. A sorted file costs one pass.
        lines.sort(BY_ID);
        lines.addAll(records);
        byte[] content = join(lines);
        AtomicFileWriter.write(file, out -> out.write(content));
        return content;
    }

    /** The lines, each ended by a newline. */
    private static byte[] join(List<Line> lines) {
        int size = 0;
        for (Line line : lines) {
            size += line.end() - line.start() + 1;
        }
        byte[] content = new byte[size];
        int at = 0;
        for (Line line : lines) {
            int length = line.end() - line.start();
            System.arraycopy(line.bytes(), line.start(), content, at, length);
            at += length;
            content[at++] = '\n';
        }
        return content;
    }

    /** Each changed issue's line by id; the last one of an id wins. */
    private Map<String, byte[]> encode(List<Issue> changed) {
        Map<String, byte[]> lines = new LinkedHashMap<>();
        GoJsonBuffer buffer = new GoJsonBuffer(1024);
        for (Issue issue : changed) {
            buffer.reset();
            writer.write(issue, buffer);
            lines.put(issue.id().value(), buffer.toByteArray());
        }
        return lines;
    }

    private static byte[] readOrEmpty(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw IoProblems.failure("could not read " + file, e);
        }
    }

    /**
     * The file's non-blank issue lines whose ids are not replaced, in file order; its records that are not issues go
     * to {@code records}, in file order.
     */
    private List<Line> keptLines(byte[] data, String source, Map<String, byte[]> replacements, List<Line> records) {
        List<Line> kept = new ArrayList<>();
        int number = 0;
        for (int start = 0; start < data.length; ) {
            int end = JsonlLines.endOfLine(data, start);
            number++;
            if (!JsonlLines.isBlank(data, start, end)) {
                String id = idOf(data, start, end, source, number);
                if (id == null) {
                    records.add(new Line("", data, start, end));
                } else if (!replacements.containsKey(id)) {
                    kept.add(new Line(id, data, start, end));
                }
            }
            start = end + 1;
        }
        return kept;
    }

    /** The line's issue id, or null for a record that is not an issue. */
    private String idOf(byte[] data, int start, int end, String source, int number) {
        String id = JsonlLines.leadingId(data, start, end);
        return id != null && !JsonlLines.mentionsType(data, start, end)
                ? id
                : reader.issueIdOf(data, start, end, source, number);
    }
}
