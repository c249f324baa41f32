package dev.beads.core.port;

import dev.beads.core.model.Issue;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

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
     * @throws dev.beads.core.error.JsonlFormatException naming the line and the problem (invalid JSON, a git
     *     conflict marker, a missing id or title, a bad priority, …); nothing is returned then
     */
    List<Issue> read(InputStream in, String source);

    /** {@link #read} of a file; a missing file is an empty list. */
    List<Issue> read(Path file);

    /** Writes the issues in the order given, one line each ({@code \n}-terminated). */
    void write(List<Issue> issues, OutputStream out);

    /**
     * Writes the issues sorted by id to {@code file} atomically: a temp file in the same directory, fsync, then
     * rename over the target. On failure the old file is unchanged.
     */
    void writeAtomically(List<Issue> issues, Path file);

    /** One issue as its JSONL line, without the newline. */
    String toLine(Issue issue);
}
