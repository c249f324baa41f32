package dev.beads.cli.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.cli.output.Output;
import dev.beads.core.model.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code recent_activity} of {@code bd status}, as Go bd v0.39.1 computes it (cmd/bd/status.go:182-276): the
 * commits of the last {@code hours} that touched the JSONL ({@code git log --since --numstat}), and each line those
 * commits added ({@code git log --since -p}) read as an issue: created within the window, closed within it, else
 * updated (a closed issue without {@code closed_at} counts as none; a line that is no JSON object is skipped; a record
 * that is not an issue counts as updated, as Go's unmarshalling into an issue reads it with no status).
 *
 * <p>Go runs git in the current directory on {@code .beads/issues.jsonl}; this runs it in the workspace root on the
 * workspace's JSONL, so that it also answers from a subdirectory. When git fails (no repository, no commits), there
 * is no summary, as in Go.
 */
record GitActivity(
        int hoursTracked,
        int commitCount,
        int issuesCreated,
        int issuesClosed,
        int issuesUpdated,
        int issuesReopened,
        int totalChanges) {

    private static final JsonFactory JSON = new JsonFactory();

    /** How long each git call may take before the summary is given up. */
    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(30);

    /** The summary of the last {@code hours}, or empty when git cannot tell. */
    static Optional<GitActivity> of(Path root, Path jsonl, int hours, Instant now) {
        String since = "--since=" + hours + " hours ago";
        String file = root.relativize(jsonl.toAbsolutePath()).toString();
        Optional<String> numstat = git(root, "log", since, "--numstat", "--pretty=format:%H", file);
        if (numstat.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> patches = git(root, "log", since, "-p", "--no-color", file);
        if (patches.isEmpty()) {
            return Optional.empty();
        }
        Counter counter = new Counter(now.minus(Duration.ofHours(hours)));
        patches.get().lines().forEach(counter::line);
        return Optional.of(new GitActivity(
                hours, commits(numstat.get()), counter.created, counter.closed, counter.updated, 0, counter.total));
    }

    /** {@code RecentActivitySummary} (status.go:24): its keys in Go's order. */
    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("hours_tracked", hoursTracked);
        g.writeNumberField("commit_count", commitCount);
        g.writeNumberField("issues_created", issuesCreated);
        g.writeNumberField("issues_closed", issuesClosed);
        g.writeNumberField("issues_updated", issuesUpdated);
        g.writeNumberField("issues_reopened", issuesReopened);
        g.writeNumberField("total_changes", totalChanges);
        g.writeEndObject();
    }

    /** Go's text block (status.go:162-170). */
    void print(Output out) {
        out.line();
        out.line("Recent Activity (last " + hoursTracked + " hours):");
        row(out, "Commits:", commitCount);
        row(out, "Total Changes:", totalChanges);
        row(out, "Issues Created:", issuesCreated);
        row(out, "Issues Closed:", issuesClosed);
        row(out, "Issues Reopened:", issuesReopened);
        row(out, "Issues Updated:", issuesUpdated);
    }

    private static void row(Output out, String label, int value) {
        out.line(String.format(Locale.ROOT, "  %-23s %d", label, value));
    }

    /** The lines without a tab that are not empty: one per commit hash ({@code --pretty=format:%H}). */
    private static int commits(String numstat) {
        int commits = 0;
        for (String line : numstat.split("\n", -1)) {
            if (!line.isEmpty() && line.indexOf('\t') < 0) {
                commits++;
            }
        }
        return commits;
    }

    /** Counts the added lines of a patch as Go does. */
    private static final class Counter {
        private final Instant windowStart;
        int created;
        int closed;
        int updated;
        int total;

        Counter(Instant windowStart) {
            this.windowStart = windowStart;
        }

        void line(String line) {
            if (!line.startsWith("+")
                    || line.startsWith("+++")
                    || line.substring(1).isBlank()) {
                return;
            }
            Fields f = Fields.of(line.substring(1));
            if (f == null) {
                return;
            }
            total++;
            if (f.createdAt != null && f.createdAt.isAfter(windowStart)) {
                created++;
            } else if ("closed".equals(f.status) && f.closedAt != null) {
                if (f.closedAt.isAfter(windowStart)) {
                    closed++;
                } else {
                    updated++;
                }
            } else if (!"closed".equals(f.status)) {
                updated++;
            }
        }
    }

    /** The fields of an added line that the count looks at; null when the line is not a JSON object. */
    private record Fields(String status, Instant createdAt, Instant closedAt) {
        static Fields of(String json) {
            String status = "";
            Instant created = null;
            Instant closed = null;
            try (JsonParser p = JSON.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (name) {
                        case "status" -> status = value == JsonToken.VALUE_STRING ? p.getText() : status;
                        case "created_at" -> created = instant(p, value);
                        case "closed_at" -> closed = instant(p, value);
                        default -> p.skipChildren();
                    }
                }
                return p.nextToken() == null ? new Fields(status, created, closed) : null;
            } catch (IOException | RuntimeException notJson) {
                return null;
            }
        }

        private static Instant instant(JsonParser p, JsonToken value) throws IOException {
            return value == JsonToken.VALUE_STRING
                    ? Timestamps.parse(p.getText()).toInstant()
                    : null;
        }
    }

    /** What {@code git args…} prints in {@code dir}, or empty when it fails or does not finish in time. */
    private static Optional<String> git(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
            }
            if (!process.waitFor(GIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out.toString(StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
