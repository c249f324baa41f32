package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ImportResult;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI relies on without a daemon: a mutation is flushed to the JSONL, and a JSONL changed behind our back
 * (git pull) is imported before the next read — on the real codec and SQLite.
 */
class InProcessSyncTest {
    @TempDir
    Path dir;

    @Test
    void flushIfDirty_writesTheMutationToTheJsonl_thenHasNothingToDo() throws IOException {
        try (Beads beads = Beads.init(dir, "bd")) {
            Issue issue = beads.issues().create(CreateIssue.titled("Flush me", "alice"));

            assertThat(beads.sync().flushIfDirty().written()).isTrue();
            assertThat(Files.readString(beads.workspace().jsonl())).contains("\"id\":\"" + issue.id() + "\"");
            assertThat(beads.sync().flushIfDirty().written()).isFalse();
            assertThat(beads.sync().importIfChanged().created()).isZero();
        }
    }

    @Test
    void importIfChanged_picksUpAnIssueThatArrivedThroughGit() throws IOException {
        try (Beads beads = Beads.init(dir, "bd")) {
            beads.issues().create(CreateIssue.titled("Local", "alice"));
            beads.sync().flushIfDirty();
            Path jsonl = beads.workspace().jsonl();
            Files.writeString(
                    jsonl,
                    "{\"id\":\"bd-zzz\",\"title\":\"From a teammate\",\"status\":\"open\",\"priority\":1,"
                            + "\"issue_type\":\"task\",\"created_at\":\"2025-01-01T00:00:00Z\","
                            + "\"updated_at\":\"2025-01-01T00:00:00Z\"}\n",
                    java.nio.file.StandardOpenOption.APPEND);

            ImportResult result = beads.sync().importIfChanged();

            assertThat(result.created()).isEqualTo(1);
            assertThat(beads.queries().list(IssueFilter.ALL))
                    .extracting(Issue::title)
                    .containsExactlyInAnyOrder("Local", "From a teammate");
            assertThat(beads.sync().importIfChanged().created()).isZero();
        }
    }

    @Test
    void importIfChanged_withAConflictMarker_namesTheLineAndChangesNothing() throws IOException {
        try (Beads beads = Beads.init(dir, "bd")) {
            beads.issues().create(CreateIssue.titled("Before the merge", "alice"));
            beads.sync().flushIfDirty();
            Path jsonl = beads.workspace().jsonl();
            String line = Files.readString(jsonl);
            Files.writeString(jsonl, "<<<<<<< HEAD\n" + line + "=======\n>>>>>>> theirs\n");

            assertThatThrownBy(() -> beads.sync().importIfChanged())
                    .isInstanceOf(JsonlFormatException.class)
                    .hasMessageContaining("line 1")
                    .hasMessageContaining("conflict");
            assertThat(beads.queries().list(IssueFilter.ALL))
                    .extracting(Issue::title)
                    .containsExactly("Before the merge");
        }
    }
}
