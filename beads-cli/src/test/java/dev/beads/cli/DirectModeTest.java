package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process semantics: the JSONL is imported before a read when it changed (git pull), and written after a
 * mutation before bd exits (git commit), so no daemon is needed.
 */
class DirectModeTest {
    @TempDir
    Path dir;

    @Test
    void init_createsTheWorkspaceFiles() {
        Workspace.init(dir);
        assertThat(dir.resolve(".beads/beads.db")).exists();
        assertThat(dir.resolve(".beads/issues.jsonl")).exists();
        assertThat(dir.resolve(".beads/metadata.json")).exists();
        assertThat(dir.resolve(".beads/config.yaml")).exists();
        assertThat(dir.resolve(".beads/.gitignore")).exists();
    }

    @Test
    void mutation_isInTheJsonlWhenBdExits() throws Exception {
        Workspace ws = Workspace.init(dir);
        String id = ws.create("Persist me");
        assertThat(Files.readString(ws.jsonl()))
                .contains("\"id\":\"" + id + "\"")
                .contains("Persist me");
        ws.run("close", id, "-r", "Done");
        assertThat(Files.readString(ws.jsonl())).contains("\"status\":\"closed\"");
    }

    @Test
    void changedJsonl_isImportedBeforeTheNextRead() throws Exception {
        Workspace ws = Workspace.init(dir);
        ws.create("Local");
        Files.writeString(
                ws.jsonl(),
                "{\"id\":\"test-pulled\",\"title\":\"From a teammate\",\"status\":\"open\",\"priority\":0,"
                        + "\"issue_type\":\"bug\",\"created_at\":\"2025-01-01T00:00:00Z\","
                        + "\"updated_at\":\"2025-01-01T00:00:00Z\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        InProcess.Result ready = ws.run("ready");
        assertThat(ready.stdout()).contains("test-pulled: From a teammate").contains("Local");
    }

    @Test
    void sandbox_neitherImportsNorFlushes() throws Exception {
        Workspace ws = Workspace.init(dir);
        String before = Files.readString(ws.jsonl());
        InProcess.Result r = ws.run("--sandbox", "create", "Not flushed");
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(ws.jsonl())).isEqualTo(before);
        assertThat(ws.run("--sandbox", "list").stdout()).contains("Not flushed");
    }

    @Test
    void workspaceIsFound_fromASubdirectory_andThroughBeadsDirAndDb() throws Exception {
        Workspace ws = Workspace.init(dir);
        ws.create("Findable");
        Path sub = Files.createDirectories(dir.resolve("src/deep"));
        assertThat(new InProcess(sub, new dev.beads.cli.session.DirectSessionFactory())
                        .run("list")
                        .stdout())
                .contains("Findable");
        Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-other"));
        assertThat(new InProcess(elsewhere, new dev.beads.cli.session.DirectSessionFactory())
                        .env("BEADS_DIR", dir.resolve(".beads").toString())
                        .run("list")
                        .stdout())
                .contains("Findable");
        assertThat(new InProcess(elsewhere, new dev.beads.cli.session.DirectSessionFactory())
                        .run("--db", dir.resolve(".beads/beads.db").toString(), "list")
                        .stdout())
                .contains("Findable");
    }

    @Test
    void actor_comesFromTheFlag_thenBdActor() {
        Workspace ws = Workspace.init(dir);
        assertThat(ws.json("create", "A", "--actor", "carol").get("created_by").asText())
                .isEqualTo("carol");
        assertThat(ws.json("create", "B").get("created_by").asText()).isEqualTo("tester");
    }

    @Test
    void textOutput_speaksGoBd() {
        Workspace ws = Workspace.init(dir);
        InProcess.Result created = ws.run("create", "Text issue", "-p", "1");
        assertThat(created.stdout()).contains("Created issue: test-").contains("Priority: P1");
        String id = created.stdout().replaceAll("(?s).*Created issue: (test-[a-z0-9]+).*", "$1");
        String other = ws.create("Blocker");
        assertThat(ws.run("dep", "add", id, other).stdout()).contains("Added dependency");
        InProcess.Result shown = ws.run("show", id);
        assertThat(shown.stdout()).contains("Status: open", "Priority: P1", "Type: task", "Dependencies (1):");
        assertThat(ws.run("show", other).stdout()).contains("Dependents (1):");
        assertThat(ws.run("update", id, "--status", "in_progress").stdout()).contains("Updated issue: " + id);
        assertThat(ws.run("label", "add", id, "x").stdout()).contains("Added label");
        assertThat(ws.run("comments", "add", id, "hi").stdout()).contains("Comment added");
        assertThat(ws.run("ready").stdout()).contains("Ready work (1 issues with no blockers)");
        assertThat(ws.run("blocked").stdout()).contains("Blocked issues (1)").contains("Blocked by 1");
        assertThat(ws.run("close", other).stdout()).contains("Closed " + other);
        assertThat(ws.run("list").stdout()).contains(id + " [P1] [task] in_progress [x] - Text issue");
        assertThat(ws.run("stats").stdout()).contains("Total Issues:");
        assertThat(ws.run("count").stdout().strip()).isEqualTo("2");
        String quiet = ws.run("create", "Quiet", "-q").stdout();
        assertThat(quiet).matches("test-[a-z0-9]+\\n");
        assertThat(ws.run("close", quiet.strip(), "-q").stdout()).isEmpty();
    }

    @Test
    void initInAClone_importsTheCommittedJsonl() throws Exception {
        Workspace original = Workspace.init(dir.resolve("original"));
        original.create("Shared one");
        original.create("Shared two");
        Path clone = Files.createDirectories(dir.resolve("clone/.beads"));
        Files.copy(original.jsonl(), clone.resolve("issues.jsonl"));
        InProcess.Result init =
                new InProcess(clone.getParent(), new dev.beads.cli.session.DirectSessionFactory()).run("init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.stdout()).contains("Issue prefix: test").contains("Imported 2 issues");
        assertThat(new InProcess(clone.getParent(), new dev.beads.cli.session.DirectSessionFactory())
                        .run("list")
                        .stdout())
                .contains("Shared one", "Shared two");
    }

    @Test
    void importOfALargeFile_showsProgressOnlyOnATerminal() throws Exception {
        Workspace ws = Workspace.init(dir);
        Fixtures.largeJsonl(dir.resolve("big.jsonl"));
        assertThat(Files.size(dir.resolve("big.jsonl"))).isGreaterThan(256 * 1024);
        InProcess.Result plain = ws.run("import", "-i", "big.jsonl", "--dry-run");
        assertThat(plain.stderr()).isEmpty();
        InProcess.Result tty = ws.bd().stderrTty(true).run("import", "-i", "big.jsonl");
        assertThat(tty.exitCode()).as(tty.toString()).isZero();
        assertThat(tty.stderr()).contains("Importing big.jsonl (").contains("%").contains("\u001b[2K");
        assertThat(tty.stdout()).contains("Import complete: 800 created");
    }

    @Test
    void importFromStdin_andExportToStdout() {
        Workspace ws = Workspace.init(dir);
        String line = "{\"id\":\"test-in1\",\"title\":\"From stdin\",\"status\":\"open\",\"priority\":1,"
                + "\"issue_type\":\"task\",\"created_at\":\"2025-01-01T00:00:00Z\","
                + "\"updated_at\":\"2025-01-01T00:00:00Z\"}\n";
        InProcess.Result imported = ws.bd().stdin(line).run("import");
        assertThat(imported.stdout()).contains("1 created");
        assertThat(ws.run("export").stdout()).isEqualTo(line);
    }
}
