package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.aTombstone;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Status;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.service.JsonlFingerprint;
import dev.beads.core.service.SyncService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import with a test-only line codec ({@link TabLineCodec}) on the in-memory store. */
class SyncServiceTest {
    @TempDir
    Path root;

    private final ServiceFixture f = new ServiceFixture();
    private final TabLineCodec codec = new TabLineCodec();
    private Workspace workspace;
    private SyncService sync;

    @BeforeEach
    void workspace() throws IOException {
        workspace = Workspace.at(root);
        Files.createDirectories(workspace.beadsDir());
        sync = new SyncService(f.repository, codec, f.feed, f.clock, workspace);
    }

    private static String fingerprint(Path file) throws Exception {
        return JsonlFingerprint.of(Files.readAllBytes(file));
    }

    private void writeLines(Path file, Issue... issues) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            text.append(codec.toLine(issue)).append('\n');
        }
        Files.writeString(file, text);
    }

    private ImportResult importFile(Path file) {
        return sync.importIssues(new ImportIssues(file, false, ACTOR));
    }

    @Test
    void export_toTheWorkspace_writesEveryIssueSorted_recordsTheHash_andClearsDirtyFlags() throws Exception {
        f.seed(anIssue("bd-2").build(), aTombstone("bd-1").build());

        ExportResult result = sync.export(ExportIssues.toWorkspace());

        assertThat(result).isEqualTo(new ExportResult(2, workspace.jsonl(), true));
        assertThat(codec.read(workspace.jsonl())).extracting(Issue::id).containsExactly(id("bd-1"), id("bd-2"));
        assertThat(f.repository.metadata("jsonl_content_hash")).contains(fingerprint(workspace.jsonl()));
        assertThat(f.repository.metadata("jsonl_size")).contains(Long.toString(Files.size(workspace.jsonl())));
        assertThat(f.repository.metadata("jsonl_mtime")).isPresent();
        assertThat(f.repository.dirtyIds()).isEmpty();
    }

    @Test
    void export_toAnotherFile_keepsDirtyFlagsAndTheWorkspaceHash() {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").inProgress().build());
        Path other = root.resolve("out.jsonl");

        ExportResult result = sync.export(new ExportIssues(
                other, IssueFilter.builder().status(Status.OPEN).build(), false));

        assertThat(result.exported()).isEqualTo(1);
        assertThat(codec.read(other)).extracting(Issue::id).containsExactly(id("bd-1"));
        assertThat(f.repository.dirtyIds()).hasSize(2);
        assertThat(f.repository.metadata("jsonl_content_hash")).isEmpty();
    }

    @Test
    void export_ofAnEmptyDatabaseOverAFileWithIssues_isRefusedUnlessForced() throws IOException {
        writeLines(workspace.jsonl(), anIssue("bd-1").build(), anIssue("bd-2").build());

        assertThatThrownBy(() -> sync.export(ExportIssues.toWorkspace()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("refusing to export an empty database over " + workspace.jsonl() + ", which holds 2 issues:"
                        + " run bd import -i " + workspace.jsonl() + " first, or pass --force");
        assertThat(codec.read(workspace.jsonl())).hasSize(2);

        assertThat(sync.export(new ExportIssues(null, null, true)).exported()).isZero();
        assertThat(Files.readString(workspace.jsonl())).isEmpty();
    }

    @Test
    void export_ofAnEmptyDatabaseOverABlankFile_isAllowed() throws IOException {
        Files.writeString(workspace.jsonl(), "\n  \n");

        assertThat(sync.export(ExportIssues.toWorkspace()).written()).isTrue();
    }

    @Test
    void anIssueChangedWhileTheFileIsWritten_staysDirty() throws InterruptedException {
        f.seed(anIssue("bd-1").build(), anIssue("bd-2").build());
        Thread[] writer = new Thread[1];
        // Another thread changes bd-2 while the file is written: its write waits for the export's end.
        codec.beforeWrite = () -> writer[0] = Thread.ofPlatform()
                .start(() -> f.commands.update(
                        UpdateIssue.builder(id("bd-2")).title("changed").build()));

        sync.export(ExportIssues.toWorkspace());
        writer[0].join();

        assertThat(f.repository.dirtyIds()).containsExactly(id("bd-2"));
        assertThat(f.stored(id("bd-2")).title()).isEqualTo("changed");
    }

    @Test
    void import_createsIssuesOnlyInTheFile_setsAMissingPrefix_andPublishesOnce() throws IOException {
        f.config.unset("issue_prefix");
        Path file = root.resolve("in.jsonl");
        Issue first = anIssue("ops-7").labels("x").comment("hello").build();
        writeLines(file, first, anIssue("ops-8").build());

        ImportResult result = importFile(file);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0, List.of(id("ops-7"), id("ops-8")), false));
        assertThat(f.stored(id("ops-7")).labels()).containsExactly("x");
        assertThat(f.stored(id("ops-7")).comments()).extracting(c -> c.text()).containsExactly("hello");
        assertThat(f.eventTypes(id("ops-7"))).containsExactly(dev.beads.core.model.EventType.IMPORTED);
        assertThat(f.config.get("issue_prefix")).contains("ops");
        assertThat(f.published).containsExactly(new ChangeEvent.IssuesImported(2, 0));
    }

    @Test
    void import_mergesByUpdatedAt_andCountsWhatChanged() throws IOException {
        f.seed(
                anIssue("bd-newer").title("stored").build(),
                anIssue("bd-older").title("stored").updatedAt(T0.plusHours(1)).build(),
                anIssue("bd-same").build(),
                anIssue("bd-labels").labels("a").build());
        Path file = root.resolve("in.jsonl");
        writeLines(
                file,
                anIssue("bd-newer")
                        .title("from file")
                        .updatedAt(T0.plusHours(2))
                        .build(),
                anIssue("bd-older").title("from file").build(),
                anIssue("bd-same").build(),
                anIssue("bd-labels").labels("b").build());

        ImportResult result = importFile(file);

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(result.changedIds()).containsExactly(id("bd-newer"), id("bd-labels"));
        assertThat(f.stored(id("bd-newer")).title()).isEqualTo("from file");
        assertThat(f.stored(id("bd-older")).title()).isEqualTo("stored");
        assertThat(f.stored(id("bd-labels")).labels()).containsExactly("a", "b");
    }

    @Test
    void import_ofABadLine_changesNothing() throws IOException {
        f.config.unset("issue_prefix");
        Path file = root.resolve("in.jsonl");
        Files.writeString(file, codec.toLine(anIssue("bd-1").build()) + "\n<<<<<<< HEAD\n");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOf(JsonlFormatException.class)
                .hasMessageContaining("line 2 of in.jsonl");
        assertThat(f.repository.all()).isEmpty();
        assertThat(f.config.list()).isEmpty();
    }

    @Test
    void import_dryRun_countsButWritesNothing() throws IOException {
        f.seed(anIssue("bd-1").build());
        Path file = root.resolve("in.jsonl");
        writeLines(
                file,
                anIssue("bd-1").title("newer").updatedAt(T0.plusDays(1)).build(),
                anIssue("bd-2").build());

        ImportResult result = sync.importIssues(new ImportIssues(file, true, ACTOR));

        assertThat(result).isEqualTo(new ImportResult(1, 1, 0, List.of(id("bd-1"), id("bd-2")), true));
        assertThat(f.repository.all()).extracting(Issue::id).containsExactly(id("bd-1"));
        assertThat(f.stored(id("bd-1")).title()).isEqualTo("Issue bd-1");
        assertThat(f.published).isEmpty();
    }

    @Test
    void import_ofAMissingFile_isNotFound_butAMissingWorkspaceFileIsNothing() {
        assertThatThrownBy(() -> importFile(root.resolve("nope.jsonl"))).isInstanceOf(NotFoundException.class);
        assertThat(sync.importIssues(new ImportIssues(null, false, ACTOR))).isEqualTo(ImportResult.nothing());
    }

    @Test
    void importOfTheWorkspaceFile_recordsItsHash_andClearsDirtyFlagsOfIssuesStoredAsInTheFile() throws Exception {
        f.seed(anIssue("bd-local")
                .title("local edit")
                .updatedAt(T0.plusHours(5))
                .build());
        writeLines(
                workspace.jsonl(),
                anIssue("bd-local").title("old").build(),
                anIssue("bd-remote").build());

        sync.importIssues(new ImportIssues(null, false, ACTOR));

        assertThat(f.repository.metadata("jsonl_content_hash")).contains(fingerprint(workspace.jsonl()));
        assertThat(f.repository.dirtyIds()).containsExactly(id("bd-local"));
        assertThat(sync.flushIfDirty().written()).isTrue();
        assertThat(codec.read(workspace.jsonl()))
                .extracting(Issue::title)
                .containsExactly("local edit", "Issue bd-remote");
    }

    @Test
    void importIfChanged_importsOnlyWhenTheFileContentChanged() throws IOException {
        assertThat(sync.importIfChanged()).isEqualTo(ImportResult.nothing());
        f.seed(anIssue("bd-1").build());
        sync.export(ExportIssues.toWorkspace());
        assertThat(sync.importIfChanged()).isEqualTo(ImportResult.nothing());

        Files.writeString(
                workspace.jsonl(),
                codec.toLine(anIssue("bd-2").build()) + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(sync.importIfChanged().created()).isEqualTo(1);
        assertThat(f.repository.exists(id("bd-2"))).isTrue();
        assertThat(f.repository.dirtyIds()).isEmpty();
        assertThat(sync.importIfChanged()).isEqualTo(ImportResult.nothing());
    }

    @Test
    void importIfChanged_trustsAnUnchangedSizeAndTime_withoutHashing() throws IOException {
        f.seed(anIssue("bd-1").build());
        sync.export(ExportIssues.toWorkspace());
        FileTime written = Files.getLastModifiedTime(workspace.jsonl());
        // Same size and time, different content: the shortcut must not read it.
        String line = Files.readString(workspace.jsonl());
        Files.writeString(workspace.jsonl(), line.replace("bd-1", "bd-9"));
        Files.setLastModifiedTime(workspace.jsonl(), written);

        assertThat(sync.importIfChanged()).isEqualTo(ImportResult.nothing());

        Files.setLastModifiedTime(workspace.jsonl(), FileTime.fromMillis(written.toMillis() + 5_000));
        assertThat(sync.importIfChanged().created()).isEqualTo(1);
    }

    @Test
    void importIfChanged_withTheSameContentButANewTime_onlyRecordsTheTime() throws IOException {
        f.seed(anIssue("bd-1").build());
        sync.export(ExportIssues.toWorkspace());
        FileTime later =
                FileTime.fromMillis(Files.getLastModifiedTime(workspace.jsonl()).toMillis() + 60_000);
        Files.setLastModifiedTime(workspace.jsonl(), later);

        assertThat(sync.importIfChanged()).isEqualTo(ImportResult.nothing());
        assertThat(f.repository.metadata("jsonl_mtime"))
                .contains(Long.toString(later.to(java.util.concurrent.TimeUnit.NANOSECONDS)));
    }

    @Test
    void flushIfDirty_writesOnlyWhenSomethingIsDirty() {
        assertThat(sync.flushIfDirty()).isEqualTo(new ExportResult(0, workspace.jsonl(), false));
        assertThat(Files.exists(workspace.jsonl())).isFalse();

        f.create("new work");

        assertThat(sync.flushIfDirty().written()).isTrue();
        assertThat(codec.read(workspace.jsonl())).hasSize(1);
        assertThat(sync.flushIfDirty().written()).isFalse();
    }

    @Test
    void exportThenImportIntoAFreshStore_givesTheSameIssues() {
        f.seed(
                anIssue("bd-1").labels("a", "b").comment("c1").build(),
                anIssue("bd-2").blockedBy("bd-1").build(),
                aTombstone("bd-3").build());
        List<Issue> before = f.repository.all();
        sync.export(ExportIssues.toWorkspace());

        ServiceFixture fresh = new ServiceFixture();
        SyncService other = new SyncService(fresh.repository, codec, fresh.feed, fresh.clock, workspace);
        other.importIssues(new ImportIssues(null, false, ACTOR));

        // The one difference: an imported comment remembers the id its file had (it writes it back).
        assertThat(fresh.repository.all())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("comments.originalId")
                .isEqualTo(before);
        assertThat(fresh.repository.all().getFirst().comments())
                .extracting(c -> c.originalId().json())
                .containsExactly(
                        Long.toString(before.getFirst().comments().getFirst().id()));
        assertThat(fresh.repository.dirtyIds()).isEmpty();
    }

    @Test
    void theFileHash_isOfTheBytesOnDisk() throws Exception {
        f.seed(anIssue("bd-ü").title("naïve <b> & co").build());
        sync.export(ExportIssues.toWorkspace());

        byte[] bytes = Files.readAllBytes(workspace.jsonl());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("\n");
        assertThat(f.repository.metadata("jsonl_content_hash")).contains(fingerprint(workspace.jsonl()));
    }
}
