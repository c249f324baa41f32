package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export elsewhere copies the workspace JSONL when nothing is dirty and the file is recorded as byte for byte an
 * export of the database; in every other case it reads the database. Each case here would show the file's content
 * instead of the database's if the copy were taken when it must not be.
 */
class ExportCopyTest {
    private static final String MEMORY = "{\"_type\":\"memory\",\"key\":\"k\",\"value\":\"v\"}";

    @TempDir
    Path dir;

    private Path exportTo(Beads beads, String name, int expected) throws IOException {
        Path file = dir.resolve(name);
        ExportResult result = beads.sync().export(new ExportIssues(file, null, false));
        assertThat(result.exported()).as("issues exported").isEqualTo(expected);
        return file;
    }

    private static Beads workspaceWithTwoIssues(Path root) {
        Beads beads = Beads.init(root, "bd");
        beads.issues().create(CreateIssue.titled("First", "alice"));
        beads.issues().create(CreateIssue.titled("Second", "alice"));
        beads.sync().flushIfDirty();
        return beads;
    }

    @Test
    void inSync_theExportIsTheWorkspaceJsonl_andCountsItsIssuesNotItsRecords() throws IOException {
        try (Beads beads = workspaceWithTwoIssues(dir.resolve("ws"))) {
            Files.writeString(beads.workspace().jsonl(), MEMORY + "\n", StandardOpenOption.APPEND);
            beads.sync().importIfChanged();

            Path out = exportTo(beads, "out.jsonl", 2);

            assertThat(Files.readString(out))
                    .isEqualTo(Files.readString(beads.workspace().jsonl()));
            assertThat(Files.readString(out)).endsWith(MEMORY + "\n");
        }
    }

    @Test
    void aChangeNotYetFlushed_isInTheExport() throws IOException {
        try (Beads beads = workspaceWithTwoIssues(dir.resolve("ws"))) {
            Issue first = beads.queries().list(IssueFilter.builder().build()).getFirst();
            beads.issues()
                    .update(UpdateIssue.builder(first.id()).title("Renamed").build());

            assertThat(Files.readString(exportTo(beads, "out.jsonl", 2))).contains("Renamed");
        }
    }

    @Test
    void aWorkspaceJsonlEditedSinceItWasRecorded_isNotCopied() throws IOException {
        try (Beads beads = workspaceWithTwoIssues(dir.resolve("ws"))) {
            Path jsonl = beads.workspace().jsonl();
            String recorded = Files.readString(jsonl);
            Files.writeString(jsonl, recorded.replace("First", "Edited"));

            String exported = Files.readString(exportTo(beads, "out.jsonl", 2));

            assertThat(exported).isEqualTo(recorded);
        }
    }

    @Test
    void aWorkspaceJsonlThatIsCompleteButNotInExportForm_isNotCopied() throws IOException {
        try (Beads beads = workspaceWithTwoIssues(dir.resolve("ws"))) {
            Path jsonl = beads.workspace().jsonl();
            String exportForm = Files.readString(jsonl);
            Files.writeString(jsonl, exportForm.replace("\n", "\n\n"));
            beads.sync().importIssues(new ImportIssues(null, false, "alice"));

            assertThat(Files.readString(exportTo(beads, "out.jsonl", 2))).isEqualTo(exportForm);
        }
    }
}
