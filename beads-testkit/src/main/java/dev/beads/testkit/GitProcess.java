package dev.beads.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code git} with an isolated environment: HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL point into the
 * test's own home, GIT_CONFIG_NOSYSTEM=1, a fixed author and committer, and no inherited {@code GIT_*} variable
 * (a hook or IDE that sets GIT_DIR must not redirect the test).
 */
final class GitProcess {
    static final String AUTHOR_NAME = "Beads Test";
    static final String AUTHOR_EMAIL = "test@beads.invalid";
    private static final long TIMEOUT_SECONDS = 60;
    private static final String GLOBAL_CONFIG = """
            [user]
            \tname = Beads Test
            \temail = test@beads.invalid
            [init]
            \tdefaultBranch = main
            [commit]
            \tgpgsign = false
            [tag]
            \tgpgsign = false
            [core]
            \tautocrlf = false
            [advice]
            \tdetachedHead = false
            """;

    private final Map<String, String> environment;

    private GitProcess(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Writes the global config under {@code home} and builds the environment around it. */
    static GitProcess isolatedIn(Path home) throws IOException {
        Files.createDirectories(home.resolve(".config"));
        Path globalConfig = home.resolve(".gitconfig");
        Files.writeString(globalConfig, GLOBAL_CONFIG);
        Map<String, String> env = new TreeMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_GLOBAL", globalConfig.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", AUTHOR_NAME);
        env.put("GIT_AUTHOR_EMAIL", AUTHOR_EMAIL);
        env.put("GIT_COMMITTER_NAME", AUTHOR_NAME);
        env.put("GIT_COMMITTER_EMAIL", AUTHOR_EMAIL);
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_EDITOR", "true");
        env.put("GIT_PAGER", "cat");
        env.put("LC_ALL", "C");
        return new GitProcess(Map.copyOf(env));
    }

    /** The variables this class sets; processes started by tests should add them to theirs. */
    Map<String, String> environment() {
        return environment;
    }

    /** Applies the isolation to {@code builder}: drops inherited GIT_* variables, then sets ours. */
    void applyTo(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.putAll(environment);
    }

    GitResult run(Path workDir, List<String> args) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add("git");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        applyTo(builder);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = readAsync(process.getInputStream());
            CompletableFuture<String> err = readAsync(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new GitResult(args, process.exitValue(), trim(out.get()), trim(err.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run git " + String.join(" ", args) + ": is git installed?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git " + String.join(" ", args), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the output of git " + String.join(" ", args), e);
        }
    }

    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (stream) {
                        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                task -> Thread.ofPlatform().daemon().name("git-output").start(task));
    }

    private static String trim(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
