package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.session.DirectSessionFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Careless input to every command there is: each command and subcommand of the picocli model (walked, not listed,
 * so a new command is covered the day it is added) runs with no arguments, with one unknown id, with an unknown
 * option and with {@code --json}, on a real workspace. Whatever it says, it is never an internal error (exit 1), and
 * nothing a user sees names a Java class or exception.
 *
 * <p>The one command allowed exit 1 is {@code bd lint}: as in Go bd, exit 1 there means "warnings found"
 * (README).
 */
class CommandTreeTest {
    private static final List<String> JAVA_WORDS = List.of("Exception", "java.", "dev.beads", "internal error");

    /**
     * Commands that, given nothing wrong, serve until they are stopped or start a daemon that does: only their
     * careless calls run here (DaemonLifecycleIT runs them for real).
     */
    private static final List<List<String>> SERVES_UNTIL_STOPPED =
            List.of(List.of("daemon", "run"), List.of("daemon", "start"), List.of("daemon", "restart"));

    @TempDir
    Path dir;

    @Test
    void everyCommand_withCarelessInput_failsCleanly() {
        Workspace ws = Workspace.init(dir.resolve("ws"));
        ws.create("A task", "--type", "task");
        ws.create("A bug", "--type", "bug", "--description", "It breaks.");
        List<List<String>> paths = commandPaths();
        assertThat(paths).as("the walk finds nested commands").contains(List.of("dep", "add"), List.of("close"));

        SoftAssertions soft = new SoftAssertions();
        for (List<String> path : paths) {
            for (List<String> extra : List.of(
                    List.<String>of(), List.of("test-zzzzzz"), List.of("--no-such-option"), List.of("--json"))) {
                if (SERVES_UNTIL_STOPPED.contains(path) && (extra.isEmpty() || extra.contains("--json"))) {
                    continue;
                }
                String[] args = Stream.concat(path.stream(), extra.stream()).toArray(String[]::new);
                InProcess.Result r = ws.run(args);
                String call = "bd " + String.join(" ", args) + "\n" + r;
                if (!path.get(0).equals("lint")) {
                    soft.assertThat(r.exitCode()).as(call).isNotEqualTo(ExitCodes.INTERNAL);
                }
                for (String word : JAVA_WORDS) {
                    soft.assertThat(r.stdout() + r.stderr()).as(call).doesNotContain(word);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void exportToAMissingDirectory_saysTheDirectoryDoesNotExist() {
        Workspace ws = Workspace.init(dir.resolve("ws"));
        ws.create("A task");
        InProcess.Result r =
                ws.run("export", "-o", dir.resolve("missing/dir/x.jsonl").toString());
        assertThat(r.exitCode())
                .as(r.toString())
                .isNotEqualTo(ExitCodes.INTERNAL)
                .isNotZero();
        assertThat(r.stderr())
                .as(r.toString())
                .contains("directory " + dir.resolve("missing/dir") + " does not exist")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    private List<List<String>> commandPaths() {
        return commandPaths(dir);
    }

    /** Every command and subcommand as the words that run it ({@code [dep, add]}), aliases once. */
    static List<List<String>> commandPaths(Path dir) {
        CommandLine root = Commands.full(new BdCommand(InProcess.environment(dir), new DirectSessionFactory()));
        List<List<String>> paths = new ArrayList<>();
        walk(root, List.of(), paths, new IdentityHashMap<>());
        return paths;
    }

    private static void walk(
            CommandLine cl, List<String> path, List<List<String>> paths, Map<CommandLine, Boolean> seen) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (seen.put(sub, Boolean.TRUE) != null) {
                continue;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            paths.add(List.copyOf(subPath));
            walk(sub, subPath, paths, seen);
        }
    }
}
