package dev.beads.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is acting, as Go bd decides it: {@code --actor}, then {@code BD_ACTOR}, then git's {@code user.name}, then
 * {@code $USER}, then {@code unknown}.
 *
 * <p>user.name is read from git's config files (repository, global, system: the most specific wins) instead of
 * running {@code git config}: starting a process would cost more than the rest of a {@code bd create}. Includes
 * and conditional includes are not followed.
 */
public final class Actor {
    private Actor() {}

    /** Resolves the actor for a command run in {@code env}. */
    public static String resolve(String flag, CliEnvironment env) {
        if (flag != null && !flag.isBlank()) {
            return flag.strip();
        }
        String fromEnv = env.getenv("BD_ACTOR");
        if (fromEnv != null) {
            return fromEnv.strip();
        }
        Optional<String> git = gitUserName(env);
        if (git.isPresent()) {
            return git.get();
        }
        String user = env.getenv("USER");
        return user != null ? user : "unknown";
    }

    static Optional<String> gitUserName(CliEnvironment env) {
        for (Path config : gitConfigFiles(env)) {
            Optional<String> name = userName(config);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Config files from the most specific to the least. */
    static List<Path> gitConfigFiles(CliEnvironment env) {
        List<Path> files = new ArrayList<>();
        gitDir(env.cwd()).ifPresent(dir -> files.add(dir.resolve("config")));
        String home = env.getenv("HOME");
        String xdg = env.getenv("XDG_CONFIG_HOME");
        if (home != null) {
            files.add(Path.of(home, ".gitconfig"));
        }
        if (xdg != null) {
            files.add(Path.of(xdg, "git", "config"));
        } else if (home != null) {
            files.add(Path.of(home, ".config", "git", "config"));
        }
        files.add(Path.of("/etc/gitconfig"));
        return files;
    }

    /** The git directory of the repository holding {@code start} ({@code .git}, or where a {@code .git} file points). */
    static Optional<Path> gitDir(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.of(git);
            }
            if (Files.isRegularFile(git)) {
                return linkedGitDir(dir, git);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> linkedGitDir(Path dir, Path gitFile) {
        try {
            String text = Files.readString(gitFile).strip();
            if (!text.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path linked =
                    dir.resolve(text.substring("gitdir:".length()).strip()).normalize();
            // A linked worktree's git dir names the common dir, where the shared config lives.
            Path commonFile = linked.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                return Optional.of(
                        linked.resolve(Files.readString(commonFile).strip()).normalize());
            }
            return Optional.of(linked);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code name} in the {@code [user]} section of one config file, if set. */
    static Optional<String> userName(Path config) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(config);
        } catch (IOException e) {
            return Optional.empty();
        }
        String found = null;
        boolean inUser = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                inUser = line.replace(" ", "").equalsIgnoreCase("[user]");
            } else if (inUser && line.toLowerCase(java.util.Locale.ROOT).matches("name\\s*=.*")) {
                found = unquote(line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static String unquote(String value) {
        String v = value;
        if (!v.startsWith("\"")) {
            // Unquoted, '#' and ';' start a comment.
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '#' || v.charAt(i) == ';') {
                    v = v.substring(0, i).strip();
                    break;
                }
            }
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
