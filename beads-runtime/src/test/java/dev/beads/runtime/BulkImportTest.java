package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.testkit.Issues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real codec and SQLite, an import of another file larger than a batch: when it makes the database exactly
 * the file, the file becomes the workspace JSONL as it is (nothing left dirty to flush); otherwise the flush after
 * it writes the file whole, streamed from the database, and it is what an export writes.
 */
class BulkImportTest {
    /** More than one batch of the import (2,000). */
    private static final int ISSUES = 2_100;

    @TempDir
    Path dir;

    /** {@link #ISSUES} issues as an export writes them: the codec's own form, sorted. */
    private Path exportedFile() {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            issues.add(Issues.anIssue(String.format("bd-%05d", i))
                    .title("Issue " + i)
                    .labels("l" + (i % 4))
                    .build());
        }
        Path file = dir.resolve("in.jsonl");
        JsonlCodecs.create().writeAtomically(issues, file);
        return file;
    }

    private String fullExport(Beads beads) throws IOException {
        Path file = dir.resolve("full-" + System.nanoTime() + ".jsonl");
        beads.sync().export(new ExportIssues(file, null, false));
        return Files.readString(file);
    }

    @Test
    void anImportThatMakesTheDatabaseTheFile_makesTheFileTheWorkspaceJsonl_withNothingDirty() throws IOException {
        Path file = exportedFile();
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            ImportResult result = beads.sync().importIssues(new ImportIssues(file, false, "bob"));

            assertThat(result.created()).isEqualTo(ISSUES);
            assertThat(Files.readAllBytes(beads.workspace().jsonl())).isEqualTo(Files.readAllBytes(file));
            assertThat(beads.sync().flushIfDirty().written()).isFalse();
            assertThat(Files.readString(beads.workspace().jsonl())).isEqualTo(fullExport(beads));
            // The recorded file is the one a later change is patched into.
            var first = beads.queries().list(IssueFilter.builder().limit(1).build());
            beads.issues()
                    .update(UpdateIssue.builder(first.getFirst().id())
                            .title("changed")
                            .build());
            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(1);
            assertThat(Files.readString(beads.workspace().jsonl())).isEqualTo(fullExport(beads));
        }
    }

    @Test
    void anImportIntoAWorkspaceThatHoldsMore_isFlushedWhole_asAnExportWritesIt() throws IOException {
        Path file = exportedFile();
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            beads.issues().create(CreateIssue.titled("Only here", "bob"));
            beads.sync().flushIfDirty();

            beads.sync().importIssues(new ImportIssues(file, false, "bob"));

            assertThat(beads.queries().stats().total()).isEqualTo(ISSUES + 1);
            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(ISSUES + 1);
            assertThat(Files.readString(beads.workspace().jsonl())).isEqualTo(fullExport(beads));
            assertThat(beads.sync().flushIfDirty().written()).isFalse();
        }
    }

    @Test
    void anImportOfAFileInAnotherForm_leavesItsIssuesDirty_andTheFlushWritesThemInOurs() throws IOException {
        Path file = exportedFile();
        List<String> spaced = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            spaced.add(line.replace("\"title\":", "\"title\": "));
        }
        Path other = dir.resolve("spaced.jsonl");
        Files.write(other, spaced);
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            beads.sync().importIssues(new ImportIssues(other, false, "bob"));

            assertThat(Files.readString(beads.workspace().jsonl())).isEmpty();
            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(ISSUES);
            assertThat(Files.readAllBytes(beads.workspace().jsonl())).isEqualTo(Files.readAllBytes(file));
        }
    }
}
