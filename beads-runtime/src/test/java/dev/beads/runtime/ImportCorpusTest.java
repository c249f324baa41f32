package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.testkit.corpus.ImportCorpus;
import dev.beads.testkit.corpus.Lossless;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8 through the whole stack (codec, import use case, SQLite, export, flush): every file of the import corpus
 * imports with its warnings, and every later export and incremental flush writes back everything it held.
 */
class ImportCorpusTest {
    @TempDir
    Path temp;

    static List<ImportCorpus.Case> cases() {
        return ImportCorpus.cases();
    }

    static List<ImportCorpus.Bad> badFiles() {
        return ImportCorpus.badFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFile_import_reportsItsWarnings_andExportLosesNothing(ImportCorpus.Case c) throws IOException {
        Path source = c.copyTo(temp);
        Path exported = temp.resolve("exported.jsonl");
        try (Beads beads = Beads.init(temp.resolve("ws"), "bd")) {
            ImportResult result = beads.sync().importIssues(new ImportIssues(source, false, "test"));

            assertThat(result.warnings()).extracting(ImportWarning::rule).containsAll(c.rules());
            assertThat(result.warnings()).allSatisfy(w -> assertThat(w.line()).isPositive());
            beads.sync().export(new ExportIssues(exported, null, false));
        }
        Lossless.assertExportKeeps(c.bytes(), c.dropped(), Files.readAllBytes(exported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFileAsWorkspaceJsonl_laterChangesAndFlushes_keepEverything(ImportCorpus.Case c) throws IOException {
        try (Beads beads = Beads.init(temp.resolve("ws"), "bd")) {
            Path jsonl = beads.workspace().jsonl();
            Files.write(jsonl, c.bytes());
            beads.sync().importIfChanged();
            Issue created = beads.issues().create(CreateIssue.titled("Made after the import", "test"));
            beads.sync().flushIfDirty();
            Lossless.assertExportKeeps(
                    c.bytes(),
                    c.dropped(),
                    Files.readAllBytes(jsonl),
                    Set.of(created.id().value()));

            Issue another = beads.issues().create(CreateIssue.titled("And another", "test"));
            beads.sync().flushIfDirty();
            beads.sync().export(ExportIssues.toWorkspace());
            Lossless.assertExportKeeps(
                    c.bytes(),
                    c.dropped(),
                    Files.readAllBytes(jsonl),
                    Set.of(created.id().value(), another.id().value()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFile_exportThenReimport_writesTheSameBytes(ImportCorpus.Case c) throws IOException {
        Path first = temp.resolve("first.jsonl");
        Path second = temp.resolve("second.jsonl");
        try (Beads beads = Beads.init(temp.resolve("a"), "bd")) {
            beads.sync().importIssues(new ImportIssues(c.copyTo(temp), false, "test"));
            beads.sync().export(new ExportIssues(first, null, false));
        }
        try (Beads beads = Beads.init(temp.resolve("b"), "bd")) {
            beads.sync().importIssues(new ImportIssues(first, false, "test"));
            beads.sync().export(new ExportIssues(second, null, false));
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFile_strictImport_failsNamingTheLine_andImportsNothing(ImportCorpus.Case c) {
        Path source = c.copyTo(temp);
        try (Beads beads = Beads.init(temp.resolve("ws"), "bd")) {
            assertThatThrownBy(() -> beads.sync().importIssues(new ImportIssues(source, false, "test", true)))
                    .isInstanceOf(JsonlFormatException.class)
                    .hasMessageContaining("--strict");
            assertThat(beads.queries().list(IssueFilter.ALL)).isEmpty();
            beads.sync().export(new ExportIssues(temp.resolve("out.jsonl"), null, true));
            assertThat(temp.resolve("out.jsonl")).isEmptyFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void givenBadFile_import_failsNamingTheLine_andImportsNothing(ImportCorpus.Bad bad) {
        Path source = bad.copyTo(temp);
        try (Beads beads = Beads.init(temp.resolve("ws"), "bd")) {
            assertThatThrownBy(() -> beads.sync().importIssues(new ImportIssues(source, false, "test")))
                    .isInstanceOf(JsonlFormatException.class)
                    .hasMessageContaining(bad.problem())
                    .extracting(e -> ((JsonlFormatException) e).line())
                    .isEqualTo(bad.line());
            assertThat(beads.queries().list(IssueFilter.ALL)).isEmpty();
        }
    }

    @Test
    void givenGoBdFiles_import_reportsNoWarning() throws IOException {
        for (String name : ImportCorpus.conformanceFiles()) {
            Path source = temp.resolve(Path.of(name).getFileName().toString());
            Files.write(source, ImportCorpus.bytes(name));
            try (Beads beads = Beads.init(temp.resolve("ws-" + source.getFileName()), "bd")) {
                ImportResult result = beads.sync().importIssues(new ImportIssues(source, false, "test", true));
                assertThat(result.warnings()).as(name).isEmpty();
                assertThat(result.created()).as(name).isPositive();
            }
        }
    }
}
