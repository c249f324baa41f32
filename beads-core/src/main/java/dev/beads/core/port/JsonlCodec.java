package dev.beads.core.port;

import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Issue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads and writes the JSONL format of DESIGN §3 exactly as Go bd does: one compact issue per line, known keys in
 * Go's struct order with empty ones omitted, unknown keys kept, {@code < > &} escaped, timestamps as written.
 *
 * <p>Thread-safe.
 */
public interface JsonlCodec {

    /**
     * Parses every line. Blank lines are skipped.
     *
     * @param source name used in error messages ({@code issues.jsonl})
     * @return the issues, in file order; lines that are not issues are left out ({@link #readDocument} has them)
     * @throws dev.beads.core.error.JsonlFormatException naming the line and the problem (invalid JSON, a git
     *     conflict marker, a line that is not an object, a known key with a value of the wrong JSON type, ...);
     *     nothing is returned then. What bd would not write but can keep (a closed issue without
     *     {@code closed_at}, a priority out of range) is read as it is.
     */
    List<Issue> read(InputStream in, String source);

    /**
     * {@link #read(InputStream, String)} of {@code data}, telling {@code parsed} how many of its bytes have been
     * parsed so far: on the calling thread only, never decreasing, and last {@code data.length} when the parse
     * succeeds. Codecs that parse in parallel count every thread's work but still call {@code parsed} from the
     * calling thread. By default, parses and then reports {@code data.length} once.
     *
     * @throws dev.beads.core.error.JsonlFormatException as {@link #read(InputStream, String)}
     */
    default List<Issue> read(byte[] data, String source, LongConsumer parsed) {
        List<Issue> issues = read(new ByteArrayInputStream(data), source);
        parsed.accept(data.length);
        return issues;
    }

    /**
     * The whole document of {@code data}: its issues with their line numbers, and its records that are not issues
     * (kept verbatim), telling {@code parsed} how far it has got as {@link #read(byte[], String, LongConsumer)} does.
     * By default, the issues of {@link #read(byte[], String, LongConsumer)}, one a line, and no other records.
     *
     * @throws dev.beads.core.error.JsonlFormatException as {@link #read(InputStream, String)}
     */
    default JsonlDocument readDocument(byte[] data, String source, LongConsumer parsed) {
        return JsonlDocument.ofIssues(read(data, source, parsed));
    }

    /**
     * Reads the document from {@code in} piece by piece, handing each issue and record to {@code sink} in file
     * order as soon as its piece is parsed, so that memory is bounded by the piece (and the longest line), not by
     * the document. Telling {@code parsed} how many bytes have been parsed, as
     * {@link #readDocument(byte[], String, LongConsumer)} does. When a line is bad, {@code sink} has received the
     * lines before it (a caller that stores them rolls back) and nothing after it. By default, reads {@code in}
     * whole and hands over {@link #readDocument(byte[], String, LongConsumer)}'s document.
     *
     * @throws dev.beads.core.error.JsonlFormatException naming the first bad line, as
     *     {@link #read(InputStream, String)}
     */
    default void readDocument(InputStream in, String source, JsonlSink sink, LongConsumer parsed) {
        byte[] data;
        try {
            data = in.readAllBytes();
        } catch (IOException e) {
            throw IoProblems.failure("could not read " + source, e);
        }
        JsonlDocument document = readDocument(data, source, parsed);
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\n", -1);
        List<JsonlDocument.Verbatim> records = document.records();
        int next = 0;
        for (int i = 0; i < document.issues().size(); i++) {
            int line = document.issueLines()[i];
            while (next < records.size() && records.get(next).line() < line) {
                sink.record(records.get(next++));
            }
            sink.issue(document.issues().get(i), line, lines[line - 1]);
        }
        while (next < records.size()) {
            sink.record(records.get(next++));
        }
    }

    /** {@link #read} of a file; a missing file is an empty list. */
    List<Issue> read(Path file);

    /** Writes the issues in the order given, one line each ({@code \n}-terminated). */
    void write(List<Issue> issues, OutputStream out);

    /**
     * Writes the issues sorted by id to {@code file} atomically: a temp file in the same directory, fsync, then
     * rename over the target. On failure the old file is unchanged. As {@link #writeAtomically(List, List, Path)}
     * with no records.
     */
    default void writeAtomically(List<Issue> issues, Path file) {
        writeAtomically(issues, List.of(), file);
    }

    /**
     * Writes the issues sorted by id, then {@code records} (lines that are not issues, as read) in their order, to
     * {@code file} atomically: a temp file in the same directory, fsync, then rename over the target. On failure the
     * old file is unchanged.
     */
    void writeAtomically(List<Issue> issues, List<String> records, Path file);

    /**
     * {@link #writeAtomically(List, List, Path)} of issues handed over one at a time, already in the file's order
     * (by id, in UTF-8 byte order): an export that streams the store, with memory bounded by a line, not by the
     * store. By default, collects them and writes the list.
     *
     * @return how many issues were written
     * @throws IllegalArgumentException when an issue comes out of order (the file is unchanged)
     */
    default int writeAtomically(IssueSource issues, List<String> records, Path file) {
        List<Issue> all = new ArrayList<>();
        issues.forEach(issue -> {
            if (!all.isEmpty() && IssueSource.ORDER.compare(all.getLast(), issue) >= 0) {
                throw new IllegalArgumentException(
                        "issues out of order for the JSONL: " + all.getLast().id() + " came before " + issue.id());
            }
            all.add(issue);
        });
        writeAtomically(all, records, file);
        return all.size();
    }

    /**
     * Replaces {@code file} atomically, as {@link #writeAtomically} does, with a copy of {@code source}: for a file
     * known to be byte for byte what {@link #writeAtomically} of the store would write (an import just made the store
     * equal to it), at the cost of a copy instead of an encoding. By default, a copy to a temp file next to
     * {@code file}, then a rename over it.
     */
    default void copyAtomically(Path source, Path file) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw IoProblems.failure("could not write " + file, e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    /**
     * Rewrites {@code file} atomically, as {@link #writeAtomically} does, with {@code changed} patched in: each line
     * whose id is one of theirs is replaced by that issue's line ({@link #toLine}), the issues not in the file are
     * added, and every other line is kept byte for byte, neither parsed nor re-encoded when its id can be read from
     * its start. The lines come out sorted by id as {@link #writeAtomically} sorts them (even when the file was not
     * sorted), each ended by {@code \n}; blank lines are dropped. An issue of {@code changed} gets one line, even
     * when the file had several with its id (the last of {@code changed} wins when it lists an id twice). The file's
     * records that are not issues (no {@code id}, or a {@code _type} other than {@code issue}) are kept byte for byte
     * after the issues, in their order. A missing file counts as empty. Costs a fraction of {@link #writeAtomically} of every issue when few changed.
     *
     * @return the new content of the file, as written
     * @throws dev.beads.core.error.JsonlFormatException naming the first line that cannot be read (not a JSON
     *     object, a git conflict marker, invalid JSON); the file is unchanged then
     * @throws dev.beads.core.error.InvalidInputException naming an issue of {@code changed} that cannot be written;
     *     the file is unchanged then
     */
    byte[] patchAtomically(Path file, List<Issue> changed);

    /** One issue as its JSONL line, without the newline. */
    String toLine(Issue issue);
}
