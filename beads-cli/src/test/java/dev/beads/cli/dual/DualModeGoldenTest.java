package dev.beads.cli.dual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.BdVersion;
import dev.beads.cli.InProcess;
import dev.beads.cli.session.AutoSessionFactory;
import dev.beads.cli.session.DaemonStarter;
import dev.beads.cli.session.DirectSessionFactory;
import dev.beads.core.model.Workspace;
import dev.beads.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 1 of issue 10: every command prints the same bytes in-process and through the daemon. Two workspaces
 * start alike; one is driven by the in-process CLI, the other by the CLI whose ports are the RPC client's, talking
 * over the real socket to the daemon's server. Both cores take the time from one fixed clock, so ids (which hash
 * the creation time) and timestamps come out the same, and the outputs (exit code, stdout, stderr: {@code --json}
 * and text) must be byte for byte equal, the workspace's own path aside. At the end the two JSONL files must be
 * equal too. The commands are the golden cases of {@code JsonShapesTest}, in both output modes, with errors.
 */
class DualModeGoldenTest {
    private static final Pattern ID = Pattern.compile("\"id\": \"(test-[0-9a-z.]+)\"");

    /** The script: {@code $N} is the id the N-th {@code create} printed (from 1). */
    private static final List<String> SCRIPT = List.of(
            "create 'Design the schema' -p 1 -l backend,db -d 'Tables & <keys>' --json",
            "create 'Build the API' -t feature -a alice --deps blocks:$1 --json",
            "create 'Write docs' -p P0 -e 30 --external-ref gh-9 --json",
            "create 'Epic one' -t epic --json",
            "create Child --parent $4 --json",
            "create Quiet -q",
            "list --json",
            "list",
            "list --status closed --json",
            "ready --json",
            "ready",
            "ready -n 1 -a nobody --json",
            "blocked --json",
            "blocked",
            "show $1 $2 --json",
            "show $2",
            "show $5 --json",
            "stats --json",
            "status",
            "count --json",
            "count --by-status --json",
            "count --by-label --json",
            "count --by-assignee",
            "search API --json",
            "search schema",
            "stale --days 1 --json",
            "dep tree $2 --json",
            "dep tree $2",
            "dep cycles --json",
            "label list $1 --json",
            "label list-all --json",
            "label list-all",
            "epic status --json",
            "epic status --eligible-only --json",
            "lint --json",
            "config list --json",
            "config get issue_prefix --json",
            "update $2 --status in_progress --add-label api --json",
            "update $3 --title 'Write the docs' -p 3",
            "label add $1 urgent --json",
            "label add $1 $2 urgent --json",
            "label remove $1 urgent --json",
            "dep add $3 $2 -t related --json",
            "dep remove $3 $2 --json",
            "dep add $3 $1",
            "comments add $1 'Looks good' --author bob --json",
            "comments $1 --json",
            "comments $1",
            "close $1 -r Done --json",
            "reopen $1 --json",
            "close $1",
            "ready --json",
            "config set jira.url https://x --json",
            "config get jira.url --json",
            "config unset jira.url --json",
            "delete $3 --json",
            "delete $3 --force --json",
            "show $3 --json",
            "list --json",
            "stats --json",
            "show test-zzzz --json",
            "show test-zzzz",
            "dep add $1 $1",
            "dep add $2 $1",
            "dep add $1 $2",
            "update $2 -p 9",
            "close test-nope",
            "label add test-nope x --json",
            "create '' --json");

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(OffsetDateTime.parse("2026-11-30T10:00:00.123456789Z"));
    private Path direct;
    private Path served;
    private ClockedDaemon daemon;
    private final ByteArrayOutputStream notices = new ByteArrayOutputStream();

    @BeforeEach
    void twoWorkspacesAlike() throws Exception {
        direct = Files.createDirectories(tmp.resolve("a/work"));
        served = Files.createDirectories(tmp.resolve("b/work"));
        for (Path root : List.of(direct, served)) {
            InProcess.Result init = new InProcess(root, new DirectSessionFactory()).run("init", "--prefix", "test");
            assertThat(init.exitCode()).as(init.toString()).isZero();
        }
        daemon = ClockedDaemon.serve(Workspace.at(served), clock);
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void everyGoldenCommand_printsTheSameBytes_inProcessAndThroughTheDaemon() throws Exception {
        InProcess inProcess = new InProcess(direct, new DirectSessionFactory(clock));
        InProcess throughDaemon = new InProcess(
                served,
                new AutoSessionFactory(
                        BdVersion.version(),
                        DaemonStarter.NONE,
                        new PrintStream(notices, true, StandardCharsets.UTF_8)));
        assertThat(throughDaemon.run("info", "--json").stdout())
                .as("the second workspace is served by the daemon")
                .contains("\"mode\": \"daemon\"");
        List<String> ids = new ArrayList<>();
        int failures = 0;
        for (String line : SCRIPT) {
            String[] args = words(line, ids);
            InProcess.Result expected = inProcess.run(args);
            InProcess.Result actual = throughDaemon.run(args);
            assertThat(normalised(actual, served))
                    .as("bd %s through the daemon", line)
                    .isEqualTo(normalised(expected, direct));
            failures += expected.exitCode() == 0 ? 0 : 1;
            if (args[0].equals("create") && line.endsWith("--json") && expected.exitCode() == 0) {
                Matcher m = ID.matcher(expected.stdout());
                assertThat(m.find()).as("an id in %s", expected).isTrue();
                ids.add(m.group(1));
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(failures).as("the script has its error cases").isGreaterThanOrEqualTo(8);
        assertThat(Files.readString(served.resolve(".beads/issues.jsonl")))
                .as("the daemon's JSONL")
                .isEqualTo(Files.readString(direct.resolve(".beads/issues.jsonl")));
        assertThat(notices.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static String normalised(InProcess.Result r, Path root) {
        return ("exit " + r.exitCode() + "\n--- stdout\n" + r.stdout() + "--- stderr\n" + r.stderr())
                .replace(root.toString(), "<root>");
    }

    /** Splits on spaces; single quotes keep text together; {@code $N} becomes the N-th created id. */
    private static String[] words(String line, List<String> ids) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        String[] args = new String[words.size()];
        for (int i = 0; i < args.length; i++) {
            String w = words.get(i);
            for (int n = ids.size(); n >= 1; n--) {
                w = w.replace("$" + n, ids.get(n - 1));
            }
            args[i] = w;
        }
        return args;
    }
}
