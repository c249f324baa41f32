package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.BackendException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocatorTest {
    @TempDir
    Path dir;

    @Test
    void walkUp_findsTheNearestBeadsDirectory() throws IOException {
        Files.createDirectories(dir.resolve(".beads"));
        Path sub = Files.createDirectories(dir.resolve("a/b"));

        assertThat(WorkspaceLocator.locate(sub, null, Map.of()))
                .map(Workspace::beadsDir)
                .contains(dir.resolve(".beads"));
    }

    @Test
    void walkUp_stopsAtTheGitRoot() throws IOException {
        Files.createDirectories(dir.resolve(".beads"));
        Path repo = Files.createDirectories(dir.resolve("repo/.git")).getParent();
        Path sub = Files.createDirectories(repo.resolve("src"));

        assertThat(WorkspaceLocator.locate(sub, null, Map.of())).isEmpty();
    }

    @Test
    void beadsDirEnvironment_winsOverTheWalk() throws IOException {
        Path other = Files.createDirectories(dir.resolve("elsewhere/.beads"));
        Files.createDirectories(dir.resolve("here/.beads"));

        assertThat(WorkspaceLocator.locate(dir.resolve("here"), null, Map.of("BEADS_DIR", other.toString())))
                .map(Workspace::jsonl)
                .contains(other.resolve("issues.jsonl"));
    }

    @Test
    void dbFlag_winsOverEverything() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve("x/.beads"));
        Path db = beadsDir.resolve("custom.db");

        Workspace ws = WorkspaceLocator.locate(dir, db, Map.of("BEADS_DIR", "/nonexistent"))
                .orElseThrow();

        assertThat(ws.database()).isEqualTo(db);
        assertThat(ws.root()).isEqualTo(dir.resolve("x"));
    }

    @Test
    void beadsDbEnvironment_outsideAnyWorkspace_namesTheDatabase() throws IOException {
        // Go bd v0.39.1 internal/beads/beads.go:369: BEADS_DB is used when BEADS_DIR does not give a database.
        Path beadsDir = Files.createDirectories(dir.resolve("ws/.beads"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        Workspace ws = WorkspaceLocator.locate(
                        elsewhere,
                        null,
                        Map.of("BEADS_DB", beadsDir.resolve("beads.db").toString()))
                .orElseThrow();

        assertThat(ws.database()).isEqualTo(beadsDir.resolve("beads.db"));
        assertThat(ws.root()).isEqualTo(dir.resolve("ws"));
    }

    @Test
    void beadsDirWithADatabase_winsOverBeadsDb_andOneWithoutGivesWay() throws IOException {
        Path withDb = Files.createDirectories(dir.resolve("a/.beads"));
        Files.writeString(withDb.resolve("beads.db"), "");
        Path withoutDb = Files.createDirectories(dir.resolve("b/.beads"));
        Path other = Files.createDirectories(dir.resolve("c/.beads"));
        String beadsDb = other.resolve("beads.db").toString();

        assertThat(WorkspaceLocator.locate(dir, null, Map.of("BEADS_DIR", withDb.toString(), "BEADS_DB", beadsDb)))
                .map(Workspace::beadsDir)
                .contains(withDb);
        assertThat(WorkspaceLocator.locate(dir, null, Map.of("BEADS_DIR", withoutDb.toString(), "BEADS_DB", beadsDb)))
                .map(Workspace::beadsDir)
                .contains(other);
    }

    @Test
    void beadsDbEnvironment_inADirectoryThatDoesNotExist_isAClearError() {
        assertThatThrownBy(() -> WorkspaceLocator.locate(dir, null, Map.of("BEADS_DB", "missing/.beads/beads.db")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("BEADS_DB=missing/.beads/beads.db: directory")
                .hasMessageContaining("does not exist");
    }

    @Test
    void beadsDirEnvironment_thatDoesNotExist_isAClearError() {
        assertThatThrownBy(() -> WorkspaceLocator.locate(dir, null, Map.of("BEADS_DIR", "missing")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("BEADS_DIR=missing is not a directory");
    }

    @Test
    void metadataJson_namesTheJsonlFile() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve(".beads"));
        Files.writeString(
                beadsDir.resolve("metadata.json"), "{\"database\":\"beads.db\",\"jsonl_export\":\"beads.jsonl\"}");

        assertThat(WorkspaceLocator.locate(dir, null, Map.of()))
                .map(Workspace::jsonl)
                .contains(beadsDir.resolve("beads.jsonl"));
    }

    @Test
    void theMetadataJsonBdInitWrites_isRecognisedWithoutParsing_andMeansTheDefaultNames() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve("ws/.beads"));
        Beads.init(dir.resolve("ws"), "demo").close();
        // A legacy beads.jsonl must not win over the name metadata.json gives, even when that file is missing.
        Files.delete(beadsDir.resolve("issues.jsonl"));
        Files.writeString(beadsDir.resolve("beads.jsonl"), "");

        assertThat(WorkspaceLayout.isDefault(Files.readAllBytes(beadsDir.resolve("metadata.json"))))
                .isTrue();
        assertThat(WorkspaceLocator.locate(dir.resolve("ws"), null, Map.of()))
                .map(Workspace::jsonl)
                .contains(beadsDir.resolve("issues.jsonl"));
    }

    @Test
    void metadataJson_thatDiffersFromTheDefaultByOneByte_isParsed() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve(".beads"));
        Files.writeString(
                beadsDir.resolve("metadata.json"),
                WorkspaceFiles.metadataJson("beads.db", "issues.jsonl").replace("issues", "issuez"));

        assertThat(WorkspaceLayout.isDefault(Files.readAllBytes(beadsDir.resolve("metadata.json"))))
                .isFalse();
        assertThat(WorkspaceLocator.locate(dir, null, Map.of()))
                .map(Workspace::jsonl)
                .contains(beadsDir.resolve("issuez.jsonl"));
    }

    @Test
    void legacyBeadsJsonl_isKeptWhenThereIsNoIssuesJsonl() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve(".beads"));
        Files.writeString(beadsDir.resolve("beads.jsonl"), "");

        assertThat(WorkspaceLocator.locate(dir, null, Map.of()))
                .map(Workspace::jsonl)
                .contains(beadsDir.resolve("beads.jsonl"));
    }

    @Test
    void corruptMetadataJson_isAClearErrorNamingTheFile() throws IOException {
        Path beadsDir = Files.createDirectories(dir.resolve(".beads"));
        Files.writeString(beadsDir.resolve("metadata.json"), "{\"database\": ");

        assertThatThrownBy(() -> WorkspaceLocator.locate(dir, null, Map.of()))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("metadata.json is not valid JSON")
                .hasMessageContaining("delete it to use the defaults");
    }
}
