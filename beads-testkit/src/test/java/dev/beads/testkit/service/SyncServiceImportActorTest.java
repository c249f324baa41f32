package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.ImportIssues;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Workspace;
import dev.beads.core.service.SyncService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who imported: the audit event of every issue an import creates or changes names the actor of the request. */
class SyncServiceImportActorTest {
    @TempDir
    Path root;

    private final ServiceFixture f = new ServiceFixture();
    private final TabLineCodec codec = new TabLineCodec();

    @Test
    void import_recordsItsActor_onEachIssueItWrites() throws IOException {
        Workspace workspace = Workspace.at(root);
        Files.createDirectories(workspace.beadsDir());
        SyncService sync = new SyncService(f.repository, codec, f.feed, f.clock, workspace);
        Path file = root.resolve("incoming.jsonl");
        Files.writeString(
                file,
                codec.toLine(anIssue("bd-1").build()) + "\n"
                        + codec.toLine(anIssue("bd-2").build()) + "\n");

        sync.importIssues(new ImportIssues(file, false, "importer"));

        for (String issue : new String[] {"bd-1", "bd-2"}) {
            AuditEvent event = f.lastEvent(id(issue));
            assertThat(event.type()).isEqualTo(EventType.IMPORTED);
            assertThat(event.actor()).isEqualTo("importer");
        }
    }
}
