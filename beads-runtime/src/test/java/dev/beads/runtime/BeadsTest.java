package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeadsTest {
    @TempDir
    Path dir;

    @Test
    void init_createsTheBeadsFilesAndSetsThePrefix() throws IOException {
        try (Beads beads = Beads.init(dir, "demo")) {
            assertThat(beads.config().get(Beads.PREFIX_KEY)).contains("demo");
            Issue issue = beads.issues().create(CreateIssue.titled("First", "alice"));
            assertThat(issue.id().value()).matches("demo-[0-9a-z]{3}");
        }
        Path beadsDir = dir.resolve(".beads");
        assertThat(beadsDir.resolve("beads.db")).isRegularFile();
        assertThat(beadsDir.resolve("issues.jsonl")).isRegularFile();
        assertThat(beadsDir.resolve("config.yaml")).isRegularFile();
        assertThat(Files.readString(beadsDir.resolve("metadata.json")))
                .contains("\"database\": \"beads.db\"", "\"jsonl_export\": \"issues.jsonl\"");
        assertThat(Files.readAllLines(beadsDir.resolve(".gitignore")))
                .contains("*.db", "*.db-wal", "daemon.log", "daemon.pid", "bd.sock", "!*.jsonl", "!metadata.json");
    }

    @Test
    void ports_areTheSameInstanceOnEveryCall() {
        try (Beads beads = Beads.init(dir, "demo")) {
            assertThat(beads.issues()).isSameAs(beads.issues());
            assertThat(beads.queries()).isSameAs(beads.queries());
            assertThat(beads.config()).isSameAs(beads.config());
            assertThat(beads.sync()).isSameAs(beads.sync());
        }
    }

    @Test
    void init_twice_isAConflictAndKeepsTheIssues() {
        try (Beads beads = Beads.init(dir, "demo")) {
            beads.issues().create(CreateIssue.titled("Keep me", "alice"));
        }
        assertThatThrownBy(() -> Beads.init(dir, "other"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already initialised");
        try (Beads beads = Beads.open(dir)) {
            assertThat(beads.queries().list(IssueFilter.ALL))
                    .extracting(Issue::title)
                    .containsExactly("Keep me");
            assertThat(beads.config().get(Beads.PREFIX_KEY)).contains("demo");
        }
    }

    @Test
    void init_inACloneWithAJsonl_importsItAndTakesItsPrefix() throws IOException {
        try (Beads beads = Beads.init(dir.resolve("origin"), "proj")) {
            beads.issues().create(CreateIssue.titled("Shared through git", "alice"));
            beads.sync().flushIfDirty();
        }
        Path clone = dir.resolve("clone");
        Files.createDirectories(clone.resolve(".beads"));
        Files.copy(dir.resolve("origin/.beads/issues.jsonl"), clone.resolve(".beads/issues.jsonl"));

        try (Beads beads = Beads.init(clone, null)) {
            assertThat(beads.config().get(Beads.PREFIX_KEY)).contains("proj");
            assertThat(beads.queries().list(IssueFilter.ALL))
                    .extracting(Issue::title)
                    .containsExactly("Shared through git");
        }
    }

    @Test
    void init_withoutPrefixOrJsonl_usesTheDirectoryName() {
        Path named = dir.resolve("myproj");
        try (Beads beads = Beads.init(named, null)) {
            assertThat(beads.config().get(Beads.PREFIX_KEY)).contains("myproj");
        }
    }

    @Test
    void init_rejectsAnInvalidPrefix() {
        assertThatThrownBy(() -> Beads.init(dir, "bad prefix!"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid prefix");
    }

    @Test
    void open_walksUpFromASubdirectory() throws IOException {
        Beads.init(dir, "demo").close();
        Path deep = Files.createDirectories(dir.resolve("src/main/java"));
        try (Beads beads = Beads.open(deep)) {
            assertThat(beads.workspace().beadsDir()).isEqualTo(dir.resolve(".beads"));
        }
    }

    @Test
    void open_withoutWorkspace_saysToRunInit() {
        assertThatThrownBy(() -> Beads.open(dir))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("bd init");
    }

    @Test
    void open_onACorruptDatabase_throwsTheAdaptersBackendException() throws IOException {
        Beads.init(dir, "demo").close();
        Files.writeString(dir.resolve(".beads/beads.db"), "this is not a database, it is a text file\n".repeat(100));

        assertThatThrownBy(() -> Beads.open(dir))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("is not a beads database");
    }
}
