package dev.beads.cli.script;

import dev.beads.cli.Launcher;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario scripts from Go bd's test suite (src/test/resources/testscript, see its README), each run in a
 * fresh directory against the built {@code bin/bd} on PATH.
 */
class ScenarioScriptsIT {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyScenarioScriptPasses() throws IOException, URISyntaxException {
        Path scripts =
                Path.of(ScenarioScriptsIT.class.getResource("/testscript").toURI());
        return Files.list(scripts)
                .filter(p -> p.toString().endsWith(".txt"))
                .sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private void run(Path script) throws IOException, InterruptedException {
        String name = script.getFileName().toString().replace(".txt", "");
        Path work = Files.createDirectories(tmp.resolve(name));
        ScriptRunner runner = new ScriptRunner(Launcher.binDir(tmp).resolve("bd"), work, Launcher.environment(tmp));
        runner.run(Txtar.parse(Files.readString(script)));
    }
}
