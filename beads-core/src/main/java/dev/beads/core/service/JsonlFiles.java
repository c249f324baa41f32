package dev.beads.core.service;

import dev.beads.core.error.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** File facts the sync use cases need: bytes, lines and the (mtime, size) shortcut. */
final class JsonlFiles {
    private JsonlFiles() {}

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw IoProblems.failure("cannot read " + file, e);
        }
    }

    /** The lines of {@code bytes} (UTF-8, split at {@code \n}) that are not blank, in order. */
    static List<String> nonBlankLines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
    }

    /**
     * The text (UTF-8) of the lines of {@code bytes} numbered {@code numbers} (from 1, ascending), in that order,
     * without their line breaks.
     */
    static List<String> lines(byte[] bytes, int[] numbers) {
        List<String> out = new ArrayList<>(numbers.length);
        int line = 1;
        int start = 0;
        for (int number : numbers) {
            while (line < number) {
                start = endOfLine(bytes, start) + 1;
                line++;
            }
            out.add(new String(bytes, start, endOfLine(bytes, start) - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int endOfLine(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Modification time (epoch nanoseconds) and size of a file, as stored in metadata. */
    record Stamp(String mtime, String size) {
        static Stamp of(Path file) {
            try {
                long mtime = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
                return new Stamp(Long.toString(mtime), Long.toString(Files.size(file)));
            } catch (IOException e) {
                throw IoProblems.failure("cannot read the size and time of " + file, e);
            }
        }

        // Written out: a record's generated equals is linked through invokedynamic on first use, milliseconds of a
        // cold bd process, and every bd call compares stamps while the workspace opens.
        @Override
        public boolean equals(Object o) {
            return o instanceof Stamp other && mtime.equals(other.mtime) && size.equals(other.size);
        }

        @Override
        public int hashCode() {
            return 31 * mtime.hashCode() + size.hashCode();
        }
    }
}
