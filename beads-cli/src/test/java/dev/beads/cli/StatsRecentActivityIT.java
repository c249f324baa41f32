package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bd stats --json}'s {@code recent_activity}, computed from the JSONL's git history of the last 24 hours as Go
 * bd v0.39.1 does (cmd/bd/status.go:182-276), in a real git repository.
 */
class StatsRecentActivityIT {
    @TempDir
    Path dir;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.com"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static String line(String id, String created, String status, String closed) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"status\":\"" + status + "\",\"priority\":2,"
                + "\"created_at\":\"" + created + "\",\"updated_at\":\"" + created + "\""
                + (closed == null ? "" : ",\"closed_at\":\"" + closed + "\"") + "}";
    }

    @Test
    void countsTheCommitsAndEachAddedLine_asGoClassifiesThem() throws Exception {
        Workspace ws = Workspace.init(dir);
        git("init", "-q");
        Path jsonl = ws.jsonl();
        Files.writeString(jsonl, "not json, skipped\n");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        String hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
        String old = "2020-01-01T00:00:00Z";
        Files.write(
                jsonl,
                List.of(
                        line("test-1", hourAgo, "open", null), // created within the window
                        line("test-2", old, "closed", hourAgo), // closed within it
                        line("test-3", old, "closed", "2021-01-01T00:00:00Z"), // updated
                        line("test-4", old, "open", null), // updated
                        line("test-5", old, "closed", null), // closed without closed_at: a change, no kind
                        "{\"_type\":\"memory\",\"key\":\"k\",\"value\":\"v\"}")); // read as an issue: updated
        git("add", "-A");
        git("commit", "-q", "-m", "second");

        JsonNode activity = ws.json("stats").get("recent_activity");

        assertThat(activity).as("recent_activity").isNotNull();
        assertThat(activity.get("hours_tracked").asInt()).isEqualTo(24);
        assertThat(activity.get("commit_count").asInt()).isEqualTo(2);
        assertThat(activity.get("total_changes").asInt()).isEqualTo(6);
        assertThat(activity.get("issues_created").asInt()).isEqualTo(1);
        assertThat(activity.get("issues_closed").asInt()).isEqualTo(1);
        assertThat(activity.get("issues_updated").asInt()).isEqualTo(3);
        assertThat(activity.get("issues_reopened").asInt()).isZero();
        List<String> keys = new ArrayList<>();
        activity.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsExactly(
                        "hours_tracked",
                        "commit_count",
                        "issues_created",
                        "issues_closed",
                        "issues_updated",
                        "issues_reopened",
                        "total_changes");
        assertThat(ws.json("stats", "--no-activity").has("recent_activity")).isFalse();
        // Go's text (status.go:163-170): the values in column 26, as in the summary above them.
        assertThat(ws.run("stats").stdout())
                .contains(
                        "Recent Activity (last 24 hours):\n  Commits:                2\n",
                        "  Total Issues:           5\n");
    }

    @Test
    void outsideAGitRepository_thereIsNoSummary_asInGo() {
        Workspace ws = Workspace.init(dir);

        assertThat(ws.json("stats").has("recent_activity")).isFalse();
    }
}
