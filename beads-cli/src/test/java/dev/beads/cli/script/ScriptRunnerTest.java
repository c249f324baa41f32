package dev.beads.cli.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself, with ordinary programs standing in for bd. */
class ScriptRunnerTest {
    @TempDir
    Path work;

    private ScriptRunner runner() {
        return new ScriptRunner(Path.of("/bin/echo"), work, Map.of("PATH", "/usr/bin:/bin", "NAME", "x"));
    }

    @Test
    void words_followScriptQuotingAndExpansion() {
        assertThat(runner().words("exec sh -c 'grep -oE \"a b\" f' # comment"))
                .containsExactly("exec", "sh", "-c", "grep -oE \"a b\" f");
        assertThat(runner().words("cp $NAME ${NAME}y 'it''s' '$NAME'"))
                .containsExactly("cp", "x", "xy", "it's", "$NAME");
        assertThat(runner().words("# only a comment")).isEmpty();
    }

    @Test
    void passingScript_runsCommandsChecksAndFiles() throws Exception {
        String script = """
                bd hello world
                stdout '^hello world$'
                ! stdout 'bye'
                cp stdout out.txt
                grep 'hello' out.txt
                exists data.txt
                ! exec sh -c 'cat data.txt; exit 3'
                stdout 'payload'
                ? exec false
                -- data.txt --
                payload
                """;
        runner().run(Txtar.parse(script));
        assertThat(Files.readString(work.resolve("data.txt"))).isEqualTo("payload\n");
    }

    @Test
    void failingCheck_namesTheLine() {
        assertThatThrownBy(() -> runner().run(Txtar.parse("bd hi\nstdout 'bye'\n")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("line 2: stdout 'bye'");
        assertThatThrownBy(() -> runner().run(Txtar.parse("! bd hi\n"))).hasMessageContaining("unexpected success");
        assertThatThrownBy(() -> runner().run(Txtar.parse("exec false\n"))).hasMessageContaining("unexpected failure");
    }
}
