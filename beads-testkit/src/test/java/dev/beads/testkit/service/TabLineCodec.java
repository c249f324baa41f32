package dev.beads.testkit.service;

import dev.beads.core.error.BackendException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A test-only {@link JsonlCodec}: one issue per line, URL-encoded fields separated by tabs, covering the fields the
 * sync tests use (not every field, and not JSON). The real codec lives in beads-adapters-git, which the testkit
 * cannot depend on. {@link #beforeWrite} lets a test act while a file is being written; {@link #writes} tells a
 * test which way the file was written.
 */
final class TabLineCodec implements JsonlCodec {
    private static final int FIELDS = 18;
    private static final String NULL = "~";

    /** Runs at the start of every {@link #writeAtomically} and {@link #patchAtomically}. */
    volatile Runnable beforeWrite = () -> {};

    /** One entry per file write: {@code "all"} for {@link #writeAtomically}, else the ids patched in. */
    final List<String> writes = new CopyOnWriteArrayList<>();

    @Override
    public List<Issue> read(InputStream in, String source) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Issue> issues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (lines[i].startsWith("<<<<<<<") || lines[i].startsWith(">>>>>>>") || lines[i].startsWith("=======")) {
                throw new JsonlFormatException(source, i + 1, "git conflict marker");
            }
            try {
                issues.add(parse(lines[i]));
            } catch (RuntimeException e) {
                throw new JsonlFormatException(source, i + 1, "unreadable line: " + e.getMessage());
            }
        }
        return issues;
    }

    @Override
    public List<Issue> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new BackendException("cannot read " + file, e);
        }
    }

    @Override
    public void write(List<Issue> issues, OutputStream out) {
        try {
            for (Issue issue : issues) {
                out.write((toLine(issue) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that are not issues are written after the issues, as they are (this format reads none back). */
    @Override
    public void writeAtomically(List<Issue> issues, List<String> records, Path file) {
        beforeWrite.run();
        writes.add("all");
        List<String> lines = new ArrayList<>(issues.stream()
                .sorted(Comparator.comparing(Issue::id))
                .map(this::toLine)
                .toList());
        lines.addAll(records);
        replace(file, lines);
    }

    /**
     * Reads only each line's first field, the id, as the real codec reads only the start of a line. Simpler than
     * the port asks in one way: of an id the file holds twice, only the last line is kept.
     */
    @Override
    public byte[] patchAtomically(Path file, List<Issue> changed) {
        beforeWrite.run();
        writes.add(String.join(",", changed.stream().map(i -> i.id().value()).toList()));
        Map<IssueId, String> lineOf = new TreeMap<>();
        String[] old = readText(file).split("\n", -1);
        for (int i = 0; i < old.length; i++) {
            if (old[i].isBlank()) {
                continue;
            }
            try {
                lineOf.put(IssueId.of(dec(old[i].split("\t", -1)[0])), old[i]);
            } catch (RuntimeException e) {
                throw new JsonlFormatException(file.getFileName().toString(), i + 1, "no id: " + e.getMessage());
            }
        }
        changed.forEach(issue -> lineOf.put(issue.id(), toLine(issue)));
        replace(file, List.copyOf(lineOf.values()));
        return readText(file).getBytes(StandardCharsets.UTF_8);
    }

    private static String readText(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new BackendException("cannot read " + file, e);
        }
    }

    private static void replace(Path file, List<String> lines) {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".issues", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (String line : lines) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackendException("cannot write " + file, e);
        }
    }

    @Override
    public String toLine(Issue i) {
        return String.join(
                "\t",
                enc(i.id().value()),
                enc(i.title()),
                enc(i.description()),
                enc(i.status().name()),
                enc(Integer.toString(i.priority().value())),
                enc(i.issueType().name()),
                enc(i.assignee()),
                time(i.createdAt()),
                time(i.updatedAt()),
                time(i.closedAt()),
                enc(i.closeReason()),
                time(i.deletedAt()),
                enc(i.deletedBy()),
                enc(i.deleteReason()),
                enc(i.originalType()),
                list(i.labels(), TabLineCodec::enc),
                list(
                        i.dependencies(),
                        d -> String.join(
                                "|",
                                enc(d.dependsOnId().value()),
                                enc(d.type().name()),
                                time(d.createdAt()),
                                enc(d.createdBy()))),
                list(
                        i.comments(),
                        c -> String.join(
                                "|", Long.toString(c.id()), enc(c.author()), enc(c.text()), time(c.createdAt()))));
    }

    private static Issue parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new IllegalArgumentException(f.length + " fields instead of " + FIELDS);
        }
        IssueId id = IssueId.of(dec(f[0]));
        return Issue.builder()
                .id(id)
                .title(dec(f[1]))
                .description(dec(f[2]))
                .status(Status.of(dec(f[3])))
                .priority(Priority.of(Integer.parseInt(dec(f[4]))))
                .issueType(IssueType.of(dec(f[5])))
                .assignee(dec(f[6]))
                .createdAt(parseTime(f[7]))
                .updatedAt(parseTime(f[8]))
                .closedAt(parseTime(f[9]))
                .closeReason(dec(f[10]))
                .deletedAt(parseTime(f[11]))
                .deletedBy(dec(f[12]))
                .deleteReason(dec(f[13]))
                .originalType(dec(f[14]))
                .labels(items(f[15]).stream().map(TabLineCodec::dec).toList())
                .dependencies(items(f[16]).stream().map(s -> dependency(id, s)).toList())
                .comments(items(f[17]).stream().map(s -> comment(id, s)).toList())
                .build();
    }

    private static Dependency dependency(IssueId from, String item) {
        String[] p = item.split("\\|", -1);
        return Dependency.of(from, IssueId.of(dec(p[0])), DependencyType.of(dec(p[1])), parseTime(p[2]), dec(p[3]));
    }

    private static Comment comment(IssueId on, String item) {
        String[] p = item.split("\\|", -1);
        return new Comment(Long.parseLong(p[0]), on, dec(p[1]), dec(p[2]), parseTime(p[3]));
    }

    private static <T> String list(List<T> items, Function<T, String> one) {
        return String.join(",", items.stream().map(one).toList());
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(",", -1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String time(OffsetDateTime t) {
        return t == null ? NULL : enc(Timestamps.format(t));
    }

    private static OffsetDateTime parseTime(String s) {
        return s.equals(NULL) ? null : Timestamps.parse(dec(s));
    }
}
