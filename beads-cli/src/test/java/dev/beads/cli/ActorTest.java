package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorTest {
    @TempDir
    Path dir;

    private CliEnvironment env(Path cwd, Map<String, String> vars) {
        PrintStream sink = System.out;
        return new CliEnvironment(cwd, vars, sink, sink, new ByteArrayInputStream(new byte[0]), false, false);
    }

    private Map<String, String> home() {
        Map<String, String> vars = new HashMap<>();
        vars.put("HOME", dir.resolve("home").toString());
        vars.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        return vars;
    }

    @Test
    void flag_winsOverEverything() {
        Map<String, String> vars = home();
        vars.put("BD_ACTOR", "env-actor");
        assertThat(Actor.resolve("flag-actor", env(dir, vars))).isEqualTo("flag-actor");
        assertThat(Actor.resolve(null, env(dir, vars))).isEqualTo("env-actor");
    }

    @Test
    void repositoryUserName_winsOverGlobal_thenUser() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("home/.gitconfig"), "[user]\n\tname = Global Name\n");
        Map<String, String> vars = home();
        vars.put("USER", "unixuser");
        assertThat(Actor.resolve(null, env(repo, vars))).isEqualTo("Global Name");
        Files.writeString(repo.resolve(".git/config"), "[core]\n\tname = not-this\n[user]\n  name = \"Repo Name\"\n");
        assertThat(Actor.resolve(null, env(repo.resolve("sub"), vars))).isEqualTo("Repo Name");
        Files.delete(repo.resolve(".git/config"));
        Files.delete(dir.resolve("home/.gitconfig"));
        assertThat(Actor.resolve(null, env(repo, vars))).isEqualTo("unixuser");
        vars.remove("USER");
        assertThat(Actor.resolve(null, env(repo, vars))).isEqualTo("unknown");
    }

    @Test
    void commentsAfterTheValue_areDropped() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "[user]\nname = Ada Lovelace ; the first\n");
        assertThat(Actor.userName(config)).contains("Ada Lovelace");
    }
}
