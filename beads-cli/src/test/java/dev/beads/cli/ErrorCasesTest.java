package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on a real workspace: one clear line on stderr naming the problem, the exit code of its kind, and
 * nothing changed (the JSONL and every issue in the database are as before).
 */
class ErrorCasesTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private String first;
    private String second;

    @BeforeEach
    void workspaceWithTwoIssues() {
        ws = Workspace.init(dir);
        first = ws.create("First issue");
        second = ws.create("Second issue");
    }

    private void assertFails(int exitCode, String message, String... args) {
        String before = ws.state();
        InProcess.Result r = ws.run(args);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
        assertThat(r.stderr()).as(r.toString()).startsWith("Error: ").contains(message);
        assertThat(r.stderr().lines()).as("one line on stderr").hasSize(1);
        assertThat(r.stderr()).doesNotContain("\tat ");
        assertThat(ws.state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void unknownId_isNotFound_exit3() {
        assertFails(3, "no issue found matching \"test-zzzzzz\"", "show", "test-zzzzzz");
        assertFails(3, "no issue found", "close", "test-zzzzzz");
        assertFails(3, "no issue found", "update", "test-zzzzzz", "--status", "in_progress");
        assertFails(3, "no issue found", "dep", "add", first, "test-zzzzzz");
        assertFails(3, "no issue found", "comments", "add", "test-zzzzzz", "hello");
        // Go bd v0.39.1 delete.go:181; v0.49.6 testdata/delete_errors.txt matches "not found".
        assertFails(3, "issue test-zzzzzz not found", "delete", "test-zzzzzz", "--force");
        assertFails(3, "issue test-zzzzzz not found", "delete", "test-zzzzzz");
    }

    @Test
    void exclusiveOptionsTogether_isAUsageError_exit2_withOneErrorPrefix() {
        assertFails(2, "Error: --by-status, --by-type are mutually exclusive", "count", "--by-status", "--by-type");
        assertThat(ws.run("count", "--by-status", "--by-type").stderr()).doesNotContain("Error: Error:");
    }

    @Test
    void oneUnknownIdAmongSeveral_changesNothing() {
        assertFails(3, "no issue found", "close", first, "test-zzzzzz", second);
    }

    @Test
    void ambiguousPartialId_isInvalid_exit2_andListsTheMatches() {
        ws.create("One", "--id", "test-abc1");
        ws.create("Two", "--id", "test-abc2");
        assertFails(2, "ambiguous id \"abc\"", "show", "abc");
        assertFails(2, "test-abc1, test-abc2", "close", "abc");
    }

    @Test
    void invalidPriority_isInvalid_exit2() {
        assertFails(2, "invalid priority", "create", "Title", "-p", "7");
        assertFails(2, "invalid priority", "update", first, "--priority", "high");
    }

    @Test
    void invalidType_isInvalid_exit2() {
        assertFails(2, "invalid issue type \"story\"", "create", "Title", "--type", "story");
        assertFails(2, "invalid issue type", "update", first, "-t", "story");
    }

    @Test
    void invalidStatus_isInvalid_exit2() {
        assertFails(2, "invalid status \"done\"", "update", first, "--status", "done");
        assertFails(2, "invalid status", "list", "--status", "done");
    }

    @Test
    void missingTitle_isInvalid_exit2() {
        assertFails(2, "title required", "create");
        assertFails(2, "title is required", "create", "");
        assertFails(2, "title is required", "create", "   ");
        assertFails(2, "title is required", "update", first, "--title", "");
    }

    @Test
    void cycleOnDepAdd_isAConflict_exit4_namingTheCycle() {
        assertThat(ws.run("dep", "add", second, first).exitCode()).isZero();
        assertFails(4, first, "dep", "add", first, second);
        InProcess.Result r = ws.run("dep", "add", first, second);
        assertThat(r.stderr()).contains(second).containsIgnoringCase("cycle");
    }

    @Test
    void conflictMarkersInTheJsonl_areInvalid_exit2_namingTheLine_andNothingIsImported() throws Exception {
        String clean = Files.readString(ws.jsonl());
        String[] lines = clean.split("\n");
        String conflicted = lines[0] + "\n<<<<<<< HEAD\n" + lines[1] + "\n=======\n"
                + lines[1].replace("Second issue", "Second issue (theirs)")
                + "\n>>>>>>> feature\n";
        Files.writeString(ws.jsonl(), conflicted);
        String databaseBefore = ws.run("--sandbox", "export").stdout();
        InProcess.Result r = ws.run("list");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr())
                .startsWith("Error: ")
                .contains("line 2 of issues.jsonl")
                .contains("conflict");
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(Files.readString(ws.jsonl())).isEqualTo(conflicted);
        assertThat(ws.run("--sandbox", "export").stdout()).isEqualTo(databaseBefore);
        assertThat(ws.run("create", "More", "--json").exitCode())
                .as("mutations refuse too")
                .isEqualTo(2);
        assertThat(Files.readString(ws.jsonl())).isEqualTo(conflicted);
    }

    @Test
    void readonlyFlag_refusesChanges_exit2() {
        assertFails(2, "read-only mode", "--readonly", "create", "Title");
        assertFails(2, "read-only mode", "close", first, "--readonly");
        assertThat(ws.run("--readonly", "show", first).exitCode()).isZero();
    }

    @Test
    void noWorkspace_isNotFound_withTheInitHint(@TempDir Path elsewhere) {
        InProcess.Result r = new InProcess(elsewhere, new dev.beads.cli.session.DirectSessionFactory()).run("ready");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stderr()).contains("no beads workspace found").contains("bd init");
    }

    @Test
    void initTwice_isAConflict_exit4() {
        InProcess.Result r = ws.run("init", "--prefix", "test");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
        assertThat(r.stderr()).contains("already initialised");
    }

    @Test
    void exportOfAnEmptyDatabaseOverAFileWithIssues_isRefused_exit4_unlessForced(@TempDir Path other) throws Exception {
        Path target = dir.resolve("team.jsonl");
        Files.copy(ws.jsonl(), target);
        Workspace empty = Workspace.init(other);
        InProcess.Result refused = empty.run("export", "-o", target.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.stderr()).startsWith("Error: ").contains("--force");
        assertThat(Files.readString(target)).isEqualTo(Files.readString(ws.jsonl()));
        assertThat(empty.run("export", "-o", target.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.readString(target)).isEmpty();
    }

    /** Go bd v0.49.6 cmd/bd/testdata/close_errors.txt and delete_errors.txt match on these words. */
    @Test
    void noIdGiven_isAUsageError_exit2_inGoBdsWords() {
        assertFails(2, "no issue ID provided", "close");
        assertFails(2, "no issue ID provided", "update", "--status", "open");
        assertFails(2, "no issue IDs provided", "delete");
        assertFails(2, "no issue IDs provided", "delete", "--force");
    }

    /**
     * Where Go bd's command has no message of its own, cobra's argument rule speaks (Go v0.39.1: reopen.go
     * MinimumNArgs(1), dep.go ExactArgs(2) and ExactArgs(1), label.go MinimumNArgs(2)); ours names what is missing.
     */
    @Test
    void tooFewArguments_isAUsageError_exit2_inCobrasWords() {
        assertFails(2, "requires at least 1 arg(s), only received 0 (missing <id>)", "reopen");
        assertFails(2, "accepts 2 arg(s), received 1 (missing <depends-on>)", "dep", "add", first);
        assertFails(2, "accepts 2 arg(s), received 0 (missing <issue>)", "dep", "remove");
        assertFails(2, "accepts 1 arg(s), received 0 (missing <id>)", "dep", "tree");
        assertFails(2, "requires at least 2 arg(s), only received 0", "label", "add");
    }

    /** cobra's words for too many arguments (Go v0.39.1 dep.go ExactArgs(1)) and for an unknown subcommand. */
    @Test
    void tooManyArguments_andUnknownSubcommands_areUsageErrors_exit2_inCobrasWords() {
        assertFails(2, "accepts 1 arg(s), received 2 (unexpected '" + second + "')", "dep", "tree", first, second);
        assertFails(2, "unknown command \"frobnicate\" for \"bd dep\"", "dep", "frobnicate");
    }

    /** Go bd v0.49.6 cmd/bd/testdata/update_errors.txt; Go v0.39.1 show.go:614. */
    @Test
    void negativeEstimate_isInvalid_exit2_inGoBdsWords() {
        assertFails(2, "estimate must be a non-negative number of minutes", "update", first, "--estimate", "-5");
        assertFails(2, "estimate must be a non-negative number of minutes", "create", "T", "--estimate", "-5");
    }
}
