package dev.beads.adapters.git.merge;

import dev.beads.core.error.IoProblems;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.JsonlDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * git's merge driver for the JSONL ({@code bd merge %A %O %A %B}): reads the three versions through the codec,
 * merges them ({@link JsonlMerge}) and writes the result over the output file in the codec's canonical form (what
 * {@code bd export} writes), atomically. Every conflict is resolved by the rules, so a merge that can read its input
 * always succeeds.
 */
public final class MergeDriver {
    private final JsonlCodec codec;

    public MergeDriver(JsonlCodec codec) {
        this.codec = codec;
    }

    /** What one merge did, for {@code --debug}. */
    public record Outcome(int baseIssues, int leftIssues, int rightIssues, int mergedIssues, int records) {}

    /**
     * Merges {@code left} and {@code right} against {@code base} into {@code output} (which may be {@code left}).
     *
     * @throws dev.beads.core.error.JsonlFormatException naming the file and line that cannot be read (a conflict
     *     marker, invalid JSON); nothing is written then
     * @throws dev.beads.core.error.BackendException when a file cannot be read or the output written
     */
    public Outcome merge(Path output, Path base, Path left, Path right) {
        JsonlDocument b = read(base, "base");
        JsonlDocument l = read(left, "left");
        JsonlDocument r = read(right, "right");
        JsonlMerge.Merged merged = JsonlMerge.merge(b, l, r);
        codec.writeAtomically(merged.issues(), merged.records(), output);
        return new Outcome(
                b.issues().size(),
                l.issues().size(),
                r.issues().size(),
                merged.issues().size(),
                merged.records().size());
    }

    /** The three versions as bytes, merged into the canonical JSONL (for callers that hold blobs, not files). */
    public JsonlMerge.Merged merge(byte[] base, byte[] left, byte[] right) {
        return JsonlMerge.merge(parse(base, "base"), parse(left, "ours"), parse(right, "theirs"));
    }

    /** {@link #merge(byte[], byte[], byte[])} as the JSONL bytes {@code bd export} would write for the result. */
    public byte[] mergeToBytes(byte[] base, byte[] left, byte[] right) {
        JsonlMerge.Merged merged = merge(base, left, right);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(merged.issues(), out);
        for (String record : merged.records()) {
            out.writeBytes(record.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private JsonlDocument read(Path file, String role) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw IoProblems.failure("cannot read the " + role + " file " + file + ": it does not exist", e);
        } catch (IOException e) {
            throw IoProblems.failure("cannot read the " + role + " file " + file, e);
        }
        return parse(data, role + " file " + file.getFileName());
    }

    private JsonlDocument parse(byte[] data, String source) {
        return codec.readDocument(data, source, parsed -> {});
    }
}
