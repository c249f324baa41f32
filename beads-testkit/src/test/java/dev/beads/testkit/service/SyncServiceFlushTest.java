package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Status;
import dev.beads.core.model.Workspace;
import dev.beads.core.service.JsonlFingerprint;
import dev.beads.core.service.SyncService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How flushIfDirty writes the workspace JSONL: only the dirty issues into a file that is as last recorded and held
 * every other issue as stored, everything otherwise; either way the file ends as a full export would write it.
 */
class SyncServiceFlushTest {
    @TempDir
    Path root;

    private final ServiceFixture f = new ServiceFixture();
    private final TabLineCodec codec = new TabLineCodec();
    private SyncService sync;
    private Path jsonl;

    @BeforeEach
    void workspace() throws IOException {
        Workspace workspace = Workspace.at(root);
        Files.createDirectories(workspace.beadsDir());
        sync = new SyncService(f.repository, codec, f.feed, f.clock, workspace);
        jsonl = workspace.jsonl();
    }

    /** What a full export of the store writes. */
    private String fullExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(f.repository.all(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void exportEverything() {
        sync.export(ExportIssues.toWorkspace());
    }

    private void writeLines(Issue... issues) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(codec.toLine(issue)).append('\n');
        }
        Files.writeString(jsonl, text);
    }

    private static String fingerprint(Path file) throws Exception {
        return JsonlFingerprint.of(Files.readAllBytes(file));
    }

    @Test
    void afterAnExport_flushIfDirty_patchesInOnlyTheDirtyIssues_givingTheFullExport() throws Exception {
        f.seed(anIssue("bd-1").build(), anIssue("bd-3").build());
        exportEverything();
        f.seed(anIssue("bd-2").build());
        f.commands.update(UpdateIssue.builder(id("bd-3")).title("renamed").build());

        ExportResult result = sync.flushIfDirty();

        assertThat(result).isEqualTo(new ExportResult(2, jsonl, true));
        assertThat(codec.writes).containsExactly("all", "bd-2,bd-3");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
        assertThat(f.repository.dirtyIds()).isEmpty();
        assertThat(f.repository.metadata("jsonl_content_hash")).contains(fingerprint(jsonl));
        assertThat(f.repository.metadata("jsonl_size")).contains(Long.toString(Files.size(jsonl)));
        assertThat(f.repository.metadata("jsonl_mtime"))
                .contains(Long.toString(Files.getLastModifiedTime(jsonl).to(TimeUnit.NANOSECONDS)));
    }

    @Test
    void flushAfterFlush_keepsPatching() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        f.create("first");
        sync.flushIfDirty();
        f.create("second");

        sync.flushIfDirty();

        assertThat(codec.writes).hasSize(3).first().isEqualTo("all");
        assertThat(codec.writes.subList(1, 3)).noneMatch("all"::equals);
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void withoutARecordOfTheFile_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").build());
        writeLines(anIssue("bd-1").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void whenTheFileChangedBehindOurBack_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        Files.writeString(jsonl, codec.toLine(anIssue("bd-9").build()) + "\n", StandardOpenOption.APPEND);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void whenTheFileWasRemoved_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        Files.delete(jsonl);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void flushIfDirty_trustsAnUnchangedSizeAndTime_withoutReadingTheFile() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        FileTime written = Files.getLastModifiedTime(jsonl);
        // Same size and time, different content: the shortcut must not read it, so the patch keeps that line.
        Files.writeString(jsonl, Files.readString(jsonl).replace("bd-1", "bd-9"));
        Files.setLastModifiedTime(jsonl, written);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "bd-2");
        assertThat(codec.read(jsonl)).extracting(Issue::id).containsExactly(id("bd-2"), id("bd-9"));
    }

    @Test
    void withTheSameContentUnderANewTime_flushIfDirty_patches() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        Files.setLastModifiedTime(
                jsonl, FileTime.fromMillis(Files.getLastModifiedTime(jsonl).toMillis() + 60_000));
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "bd-2");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void afterImportingAFileThatHoldsEveryIssue_flushIfDirty_patches() throws IOException {
        f.seed(anIssue("bd-1").build());
        exportEverything();
        Files.writeString(jsonl, codec.toLine(anIssue("bd-7").build()) + "\n", StandardOpenOption.APPEND);
        assertThat(sync.importIfChanged().created()).isEqualTo(1);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "bd-2");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void afterImportingAFileThatLacksAStoredIssue_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").build());
        exportEverything();
        writeLines(f.stored(id("bd-1")));
        sync.importIfChanged();
        f.seed(anIssue("bd-3").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all");
        assertThat(codec.read(jsonl)).extracting(Issue::id).containsExactly(id("bd-1"), id("bd-2"), id("bd-3"));
    }

    @Test
    void afterImportingAnOlderVersionOfAStoredIssue_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").title("newer").updatedAt(T0.plusHours(1)).build());
        exportEverything();
        writeLines(anIssue("bd-1").title("older").build());
        assertThat(sync.importIfChanged().unchanged()).isEqualTo(1);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport()).contains("newer");
    }

    @Test
    void afterImportingALineInAnotherForm_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").title("two words").build());
        exportEverything();
        // The same issue, its space encoded as %20 where the codec writes +.
        Files.writeString(jsonl, Files.readString(jsonl).replace("two+words", "two%20words"));
        assertThat(sync.importIfChanged().unchanged()).isEqualTo(1);
        f.seed(anIssue("bd-2").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport());
    }

    @Test
    void afterAFilteredExportToTheWorkspace_flushIfDirty_exportsEverything() throws IOException {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").inProgress().build());
        exportEverything();
        sync.export(
                new ExportIssues(null, IssueFilter.builder().status(Status.OPEN).build(), false));
        f.seed(anIssue("bd-3").build());

        sync.flushIfDirty();

        assertThat(codec.writes).containsExactly("all", "all", "all");
        assertThat(codec.read(jsonl)).extracting(Issue::id).containsExactly(id("bd-1"), id("bd-2"), id("bd-3"));
    }

    @Test
    void anIssueChangedWhileThePatchIsWritten_staysDirty_andTheNextFlushWritesIt() throws IOException {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").build());
        exportEverything();
        f.commands.update(UpdateIssue.builder(id("bd-1")).title("first").build());
        codec.beforeWrite = () -> f.commands.update(
                UpdateIssue.builder(id("bd-1")).title("second").build());

        sync.flushIfDirty();

        assertThat(f.repository.dirtyIds()).containsExactly(id("bd-1"));
        codec.beforeWrite = () -> {};
        sync.flushIfDirty();
        assertThat(codec.writes).containsExactly("all", "bd-1", "bd-1");
        assertThat(Files.readString(jsonl)).isEqualTo(fullExport()).contains("second");
        assertThat(f.repository.dirtyIds()).isEmpty();
    }
}
