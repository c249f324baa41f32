package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.testkit.corpus.ImportCorpus;
import dev.beads.testkit.corpus.Lossless;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8 through {@code bin/bd}: every file of the import corpus imports (warnings on stderr, all of them in
 * {@code --json}), exports with nothing lost, and fails whole with {@code --strict}; broken files fail whole.
 */
class ImportCorpusIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static List<ImportCorpus.Case> cases() {
        return ImportCorpus.cases();
    }

    static List<ImportCorpus.Bad> badFiles() {
        return ImportCorpus.badFiles();
    }

    private ProcessRun bd(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Launcher.binDir(tmp).resolve("bd").toString());
        command.add("--no-daemon");
        command.addAll(List.of(args));
        Map<String, String> env = Launcher.environment(tmp);
        return ProcessRun.of(command, cwd, env, 120);
    }

    private Path workspace(String name) throws Exception {
        Path ws = Files.createDirectories(tmp.resolve(name));
        assertThat(bd(ws, "init", "--prefix", "bd").exitCode()).isZero();
        return ws;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFile_bdImport_warnsWithLineNumbers_andExportLosesNothing(ImportCorpus.Case c) throws Exception {
        Path source = c.copyTo(tmp);
        Path ws = workspace("ws");

        ProcessRun text = bd(ws, "import", "-i", source.toString());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stderr()).as(text.toString()).contains("Warning: ").containsPattern("line [0-9]+");
        ProcessRun json = bd(ws, "import", "-i", source.toString(), "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode warnings = JSON.readTree(json.stdout()).get("warnings");
        List<String> rules = new ArrayList<>();
        warnings.forEach(w -> rules.add(w.get("rule").asText()));
        assertThat(rules).containsAll(c.rules());
        warnings.forEach(w -> assertThat(w.get("line").asInt()).isPositive());

        Path out = tmp.resolve("out.jsonl");
        ProcessRun export = bd(ws, "export", "-o", out.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        Lossless.assertExportKeeps(c.bytes(), c.dropped(), Files.readAllBytes(out));
        Lossless.assertExportKeeps(c.bytes(), c.dropped(), Files.readAllBytes(ws.resolve(".beads/issues.jsonl")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenCorpusFile_bdImportStrict_exits2_andImportsNothing(ImportCorpus.Case c) throws Exception {
        Path source = c.copyTo(tmp);
        Path ws = workspace("ws");

        ProcessRun strict = bd(ws, "import", "--strict", "-i", source.toString());

        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(2);
        assertThat(strict.stderr()).contains("--strict").containsPattern("line [0-9]+ of " + c.file());
        assertThat(strict.stderr()).doesNotContain("Exception", "\tat ");
        assertThat(bd(ws, "list", "--json").stdout().strip()).isEqualTo("[]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void givenBrokenFile_bdImport_failsNamingTheLine_andImportsNothing(ImportCorpus.Bad bad) throws Exception {
        Path source = bad.copyTo(tmp);
        Path ws = workspace("ws");

        ProcessRun run = bd(ws, "import", "-i", source.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("line " + bad.line() + " of " + bad.file(), bad.problem());
        assertThat(bd(ws, "list", "--json").stdout().strip()).isEqualTo("[]");
    }
}
