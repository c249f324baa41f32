package dev.beads.cli.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Daemons;
import dev.beads.cli.Launcher;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 1 of issue 10: the scenario scripts of {@link ScenarioScriptsIT} again, with daemon auto-start on, as a
 * user has it: the first command in a workspace starts its daemon and every later one goes through it. Each
 * script's daemons are stopped when it ends.
 */
class ScenarioScriptsDaemonIT {
    private static final AtomicInteger SERVED = new AtomicInteger();
    private static final List<Long> STOPPING = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyScenarioScriptPasses_throughAnAutoStartedDaemon() throws IOException, URISyntaxException {
        Path scripts =
                Path.of(ScenarioScriptsDaemonIT.class.getResource("/testscript").toURI());
        return Files.list(scripts)
                .filter(p -> p.toString().endsWith(".txt"))
                .sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    @AfterAll
    static void mostScriptsWereServedByADaemon() {
        Daemons.awaitExit(STOPPING);
        assertThat(SERVED.get())
                .as("scripts during which a daemon served the workspace")
                .isGreaterThanOrEqualTo(15);
    }

    private void run(Path script) throws Exception {
        String name = script.getFileName().toString().replace(".txt", "");
        Path work = Files.createDirectories(tmp.resolve(name));
        Map<String, String> env = new HashMap<>(Launcher.environment(tmp));
        env.remove("BEADS_AUTO_START_DAEMON");
        ScriptRunner runner = new ScriptRunner(Launcher.binDir(tmp).resolve("bd"), work, env);
        try {
            runner.run(Txtar.parse(Files.readString(script)));
        } finally {
            List<Long> daemons = Daemons.servingUnder(work);
            if (!daemons.isEmpty()) {
                SERVED.incrementAndGet();
            }
            Daemons.terminate(daemons); // their exits overlap the next script; awaited at the end
            STOPPING.addAll(daemons);
        }
    }
}
