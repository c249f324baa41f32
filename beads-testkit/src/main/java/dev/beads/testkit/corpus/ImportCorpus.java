package dev.beads.testkit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The import corpus (resources {@code /import-corpus/}, described in its README): small JSONL files, one per case
 * real files contain, with the warning rules each must produce; and the files that must still fail whole. Each
 * adapter level (codec, {@code Beads}, {@code bin/bd}) imports every case, exports it again and checks with
 * {@link Lossless} that nothing was lost.
 */
public final class ImportCorpus {
    private ImportCorpus() {}

    /** A file of the corpus. */
    public sealed interface CorpusFile permits Case, Bad {
        /** The resource's name under {@code /import-corpus/}. */
        String file();

        default byte[] bytes() {
            return ImportCorpus.bytes(file());
        }

        /** The file copied into {@code dir} under its own name. */
        default Path copyTo(Path dir) {
            return ImportCorpus.copy(file(), dir);
        }
    }

    /**
     * A file that imports, with warnings.
     *
     * @param file the resource's name under {@code /import-corpus/}
     * @param rules the warning rules the import must report (at least these)
     * @param dropped the lines the import leaves out by design (an id's superseded copies), from 1
     */
    public record Case(String file, Set<String> rules, Set<Integer> dropped) implements CorpusFile {
        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * A file that must fail whole, naming the line.
     *
     * @param problem words the error must contain
     */
    public record Bad(String file, int line, String problem) implements CorpusFile {
        @Override
        public String toString() {
            return file;
        }
    }

    public static List<Case> cases() {
        return List.of(
                new Case("comment-string-id.jsonl", Set.of("comment-id-string"), Set.of()),
                new Case("comment-id-repeats.jsonl", Set.of("comment-id-repeated"), Set.of()),
                new Case("closed-without-closed-at.jsonl", Set.of("closed-without-closed-at"), Set.of()),
                new Case("created-updated-keys.jsonl", Set.of("missing-created-at", "missing-updated-at"), Set.of()),
                new Case("non-issue-records.jsonl", Set.of("non-issue-record"), Set.of()),
                new Case("odd-id.jsonl", Set.of("id-shape"), Set.of()),
                new Case("duplicate-id.jsonl", Set.of("duplicate-id"), Set.of(1, 2, 5)),
                new Case("priority-out-of-range.jsonl", Set.of("priority-range"), Set.of()),
                new Case("missing-title.jsonl", Set.of("title-required"), Set.of()),
                new Case("long-title.jsonl", Set.of("title-too-long"), Set.of()));
    }

    public static List<Bad> badFiles() {
        return List.of(
                new Bad("invalid-json.jsonl", 2, "invalid JSON"),
                new Bad("conflict-marker.jsonl", 2, "git conflict marker"),
                new Bad("not-an-object.jsonl", 2, "JSON object"),
                new Bad("wrong-type.jsonl", 2, "\"labels\" must be an array of strings"));
    }

    /** Go bd's three real files (testkit resources {@code /conformance/}): they import without a warning. */
    public static List<String> conformanceFiles() {
        return List.of(
                "/conformance/beads-v0.39.1-issues.jsonl",
                "/conformance/beads-v0.30.7-issues.jsonl",
                "/conformance/beads-v0.9.11-issues.jsonl");
    }

    /** A resource of the testkit, by absolute name, or a corpus file by its bare name. */
    public static byte[] bytes(String name) {
        String resource = name.startsWith("/") ? name : "/import-corpus/" + name;
        try (InputStream in = ImportCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no testkit resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String file, Path dir) {
        try {
            Path target = dir.resolve(file);
            Files.write(target, bytes(file));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
