package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.AddComment;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real codec and SQLite: a flush after a mutation writes only the dirty issues into the JSONL, and the file
 * is then byte for byte what a full export writes; a JSONL changed behind our back gets a full export.
 */
class IncrementalFlushTest {
    @TempDir
    Path dir;

    /** What a full export of the database writes now. */
    private String fullExport(Beads beads) throws IOException {
        Path other = dir.resolve("full-" + System.nanoTime() + ".jsonl");
        beads.sync().export(new ExportIssues(other, null, false));
        return Files.readString(other);
    }

    private static String jsonl(Beads beads) throws IOException {
        return Files.readString(beads.workspace().jsonl());
    }

    @Test
    void everyMutation_isPatchedIn_andTheJsonlIsAFullExportByteForByte() throws IOException {
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            List<Issue> issues = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                issues.add(beads.issues()
                        .create(CreateIssue.builder("Issue " + i + " <&>")
                                .actor("alice")
                                .description("line one\nline two")
                                .labels(List.of("l" + (i % 3)))
                                .build()));
            }
            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(12);
            var ids = issues.stream().map(Issue::id).toList();
            List<Consumer<Beads>> mutations = List.of(
                    b -> b.issues().create(CreateIssue.titled("Created later", "bob")),
                    b -> b.issues()
                            .update(UpdateIssue.builder(ids.get(3))
                                    .title("Renamed")
                                    .build()),
                    b -> b.issues().addLabel(new AddLabel(ids.get(4), "urgent", "bob")),
                    b -> b.issues().addComment(new AddComment(ids.get(5), "bob", "a comment")),
                    b -> b.issues().close(new CloseIssue(ids.get(6), "done", "bob")),
                    b -> b.issues()
                            .addDependency(new AddDependency(ids.get(7), ids.get(8), DependencyType.BLOCKS, "bob")),
                    b -> b.issues().delete(new DeleteIssue(ids.get(9), "", "bob")));

            for (Consumer<Beads> mutation : mutations) {
                mutation.accept(beads);
                ExportResult result = beads.sync().flushIfDirty();

                assertThat(result.written()).isTrue();
                assertThat(result.exported()).as("issues written").isEqualTo(1);
                assertThat(jsonl(beads)).isEqualTo(fullExport(beads));
            }
            assertThat(beads.sync().flushIfDirty().written()).isFalse();
            assertThat(beads.sync().importIfChanged().created()).isZero();
        }
    }

    @Test
    void aJsonlEditedBehindOurBack_getsAFullExport() throws IOException {
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            Issue first = beads.issues().create(CreateIssue.titled("First", "alice"));
            beads.issues().create(CreateIssue.titled("Second", "alice"));
            beads.sync().flushIfDirty();
            Path file = beads.workspace().jsonl();
            List<String> kept = Files.readAllLines(file).stream()
                    .filter(line -> !line.contains("\"" + first.id() + "\""))
                    .toList();
            Files.write(file, kept);
            beads.issues().create(CreateIssue.titled("Third", "alice"));

            ExportResult result = beads.sync().flushIfDirty();

            assertThat(result.exported()).isEqualTo(3);
            assertThat(jsonl(beads)).isEqualTo(fullExport(beads)).contains("\"" + first.id() + "\"");
        }
    }

    @Test
    void anImportedJsonlThatLacksAnIssue_getsAFullExportAtTheNextFlush() throws IOException {
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            Issue first = beads.issues().create(CreateIssue.titled("First", "alice"));
            beads.issues().create(CreateIssue.titled("Second", "alice"));
            beads.sync().flushIfDirty();
            Path file = beads.workspace().jsonl();
            Files.write(
                    file,
                    Files.readAllLines(file).stream()
                            .filter(line -> !line.contains("\"" + first.id() + "\""))
                            .toList());
            assertThat(beads.sync().importIfChanged().created()).isZero();
            beads.issues().create(CreateIssue.titled("Third", "alice"));

            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(3);
            assertThat(jsonl(beads)).isEqualTo(fullExport(beads)).contains("\"" + first.id() + "\"");
        }
    }

    /** The first command after a clone: Go bd's file is imported, then the next mutation is patched into it. */
    @Test
    void goBdsJsonl_importedAsTheWorkspaceFile_isPatchedByTheNextMutation() throws IOException {
        try (Beads beads = Beads.init(dir.resolve("ws"), "bd")) {
            Path file = beads.workspace().jsonl();
            try (InputStream in = getClass().getResourceAsStream("/conformance/beads-v0.39.1-issues.jsonl")) {
                assertThat(in).isNotNull();
                Files.write(file, in.readAllBytes());
            }
            assertThat(beads.sync().importIfChanged().created()).isEqualTo(664);
            beads.issues().create(CreateIssue.titled("After the clone", "alice"));

            assertThat(beads.sync().flushIfDirty().exported()).isEqualTo(1);
            assertThat(jsonl(beads)).isEqualTo(fullExport(beads));
        }
    }
}
