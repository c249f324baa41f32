package dev.beads.cli.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a script in the rsc.io/script dialect that beads' testdata uses: {@code bd …} and {@code exec …} run
 * programs, a leading {@code !} means the command must fail ({@code ?} that it may), {@code stdout}/{@code stderr}
 * match a regex (multi-line mode) against the last command's output, {@code exists}, {@code grep}, {@code cp}
 * (from a file, {@code stdout} or {@code stderr}), {@code env}, {@code mkdir}, {@code cd}. Words split on spaces;
 * single quotes keep text literal ({@code ''} is a quote); {@code $VAR} and {@code ${VAR}} expand outside quotes;
 * {@code #} at the start of a word ends the line.
 */
final class ScriptRunner {
    private final Path bd;
    private final Map<String, String> env;
    private Path cwd;
    private String stdout = "";
    private String stderr = "";
    private final StringBuilder log = new StringBuilder();

    /** A failed check, with the script line and what the last command printed. */
    static final class ScriptFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        ScriptFailure(String message) {
            super(message);
        }
    }

    ScriptRunner(Path bd, Path work, Map<String, String> baseEnv) {
        this.bd = bd;
        this.cwd = work;
        this.env = new HashMap<>(baseEnv);
        env.put("WORK", work.toString());
    }

    void run(Txtar txtar) throws IOException, InterruptedException {
        for (Map.Entry<String, String> file : txtar.files().entrySet()) {
            Path target = cwd.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        int lineNo = 0;
        for (String line : txtar.script()) {
            lineNo++;
            List<String> words = words(line);
            if (words.isEmpty()) {
                continue;
            }
            log.append("> ").append(line.strip()).append('\n');
            try {
                step(words);
            } catch (ScriptFailure e) {
                throw new ScriptFailure("line " + lineNo + ": " + line.strip() + "\n" + e.getMessage() + "\n\n" + log
                        + "--- last stdout\n" + stdout + "--- last stderr\n" + stderr);
            }
        }
    }

    private void step(List<String> words) throws IOException, InterruptedException {
        String expect = "success";
        if (words.get(0).equals("!") || words.get(0).equals("?")) {
            expect = words.get(0).equals("!") ? "failure" : "any";
            words = words.subList(1, words.size());
        }
        String cmd = words.get(0);
        List<String> args = words.subList(1, words.size());
        boolean negate = expect.equals("failure");
        switch (cmd) {
            case "bd" -> execute(prepend(bd.toString(), args), expect);
            case "exec" -> execute(args, expect);
            case "stdout" -> match("stdout", stdout, args, negate);
            case "stderr" -> match("stderr", stderr, args, negate);
            case "exists" -> exists(args, negate);
            case "grep" -> grep(args, negate);
            case "cp" -> copy(args);
            case "env" -> args.forEach(a -> env.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
            case "mkdir" -> {
                for (String a : args) {
                    Files.createDirectories(cwd.resolve(a));
                }
            }
            case "cd" -> cwd = cwd.resolve(args.get(0)).normalize();
            default -> throw new ScriptFailure("unknown script command \"" + cmd + "\"");
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void execute(List<String> command, String expect) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile("script-out", ".txt");
        Path err = Files.createTempFile("script-err", ".txt");
        try {
            pb.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ScriptFailure("timed out after 120 s: " + command);
            }
            stdout = Files.readString(out, StandardCharsets.UTF_8);
            stderr = Files.readString(err, StandardCharsets.UTF_8);
            int code = p.exitValue();
            log.append("[exit ").append(code).append("]\n");
            if (expect.equals("success") && code != 0) {
                throw new ScriptFailure("unexpected failure (exit " + code + ")");
            }
            if (expect.equals("failure") && code == 0) {
                throw new ScriptFailure("unexpected success (exit 0)");
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void match(String name, String text, List<String> args, boolean negate) {
        Pattern p = Pattern.compile(args.get(args.size() - 1), Pattern.MULTILINE);
        boolean found = p.matcher(text).find();
        if (found == negate) {
            throw new ScriptFailure(name + (negate ? " unexpectedly matches " : " does not match ") + p.pattern());
        }
    }

    private void exists(List<String> args, boolean negate) {
        for (String a : args) {
            if (Files.exists(cwd.resolve(a)) == negate) {
                throw new ScriptFailure(a + (negate ? " exists" : " does not exist"));
            }
        }
    }

    private void grep(List<String> args, boolean negate) throws IOException {
        Path file = cwd.resolve(args.get(args.size() - 1));
        if (!Files.exists(file)) {
            throw new ScriptFailure("grep: " + file + " does not exist");
        }
        match("file " + args.get(args.size() - 1), Files.readString(file), args.subList(0, args.size() - 1), negate);
    }

    private void copy(List<String> args) throws IOException {
        Path target = cwd.resolve(args.get(1));
        switch (args.get(0)) {
            case "stdout" -> Files.writeString(target, stdout);
            case "stderr" -> Files.writeString(target, stderr);
            default -> Files.copy(cwd.resolve(args.get(0)), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Splits a line into words (rsc.io/script quoting and expansion). */
    List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    word.append('\'');
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '$') {
                i = expand(line, i, word);
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new ScriptFailure("unterminated quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Expands {@code $NAME} or {@code ${NAME}} at {@code i}; returns the index of its last character. */
    private int expand(String line, int i, StringBuilder word) {
        int start = i + 1;
        boolean braced = start < line.length() && line.charAt(start) == '{';
        int end = braced ? line.indexOf('}', start) : start;
        if (!braced) {
            while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
                end++;
            }
        }
        String name = braced ? line.substring(start + 1, end) : line.substring(start, end);
        if (name.isEmpty()) {
            word.append('$');
            return i;
        }
        word.append(env.getOrDefault(name, ""));
        return braced ? end : end - 1;
    }
}
