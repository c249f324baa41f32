package dev.beads.core.port;

import dev.beads.core.model.Issue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
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
