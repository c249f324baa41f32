package dev.beads.daemon.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The block-mapping subset of YAML that config files are written in ({@code key: value} lines nested by spaces,
 * plain or simply quoted scalars, comments), read without a library so that a {@code bd} call on a workspace with
 * a few settings does not load Jackson's YAML parser and SnakeYAML (~160 classes, ~100 ms in a cold JVM). Anything
 * outside the subset (flow collections, sequences, anchors, tags, block scalars, escapes, tabs, a document marker,
 * an indentation it does not follow) returns null, and the caller parses the file with the library; a
 * differential test holds the two to the same result wherever this one answers.
 */
final class SimpleYaml {
    private SimpleYaml() {}

    private static final class Level {
        final String key;
        final int keyIndent;
        int childIndent = -1;

        Level(String key, int keyIndent) {
            this.key = key;
            this.keyIndent = keyIndent;
        }
    }

    /** The file's scalars by dotted key, or null when the text leaves the subset. */
    static Map<String, String> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        List<Level> stack = new ArrayList<>();
        boolean open = false; // the last key had no value on its line: a mapping follows, or it is null
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == line.length() || line.charAt(indent) == '#') {
                continue;
            }
            if (open && indent > stack.get(stack.size() - 1).keyIndent) {
                stack.get(stack.size() - 1).childIndent = indent;
            }
            open = false;
            while (!stack.isEmpty() && indent <= stack.get(stack.size() - 1).keyIndent) {
                stack.remove(stack.size() - 1);
            }
            int expected = stack.isEmpty() ? 0 : stack.get(stack.size() - 1).childIndent;
            if (indent != expected) {
                return null;
            }
            int colon = indent;
            while (colon < line.length() && isKeyChar(line.charAt(colon))) {
                colon++;
            }
            if (colon == indent || colon == line.length() || line.charAt(colon) != ':') {
                return null;
            }
            String key = line.substring(indent, colon);
            String rest = line.substring(colon + 1);
            if (!rest.isEmpty() && rest.charAt(0) != ' ') {
                return null;
            }
            rest = rest.strip();
            if (rest.isEmpty() || rest.charAt(0) == '#') {
                stack.add(new Level(key, indent));
                open = true;
                continue;
            }
            String value = scalar(rest);
            if (value == null) {
                return null;
            }
            boolean quoted = rest.charAt(0) == '"' || rest.charAt(0) == '\'';
            if (quoted || !isNull(value)) {
                out.put(path(stack, key), value);
            }
        }
        return out;
    }

    private static String path(List<Level> stack, String key) {
        StringBuilder b = new StringBuilder();
        for (Level l : stack) {
            b.append(l.key).append('.');
        }
        return b.append(key).toString();
    }

    // A value as the library reads it, or null when it is outside the subset.
    private static String scalar(String rest) {
        char first = rest.charAt(0);
        if (first == '"' || first == '\'') {
            int close = rest.indexOf(first, 1);
            if (close < 0) {
                return null;
            }
            String inner = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (inner.indexOf('\\') >= 0 || inner.indexOf('\t') >= 0 || !isBlankOrComment(after)) {
                return null;
            }
            return inner;
        }
        String value = rest;
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment).strip();
        }
        if ("-?:,[]{}#&*!|>%@`\"'".indexOf(first) >= 0
                && !(first == '-' && rest.length() > 1 && isDigit(rest.charAt(1)))) {
            return null;
        }
        if (value.contains(": ") || value.endsWith(":") || value.indexOf('\t') >= 0 || value.contains(" #")) {
            return null;
        }
        return value;
    }

    private static boolean isBlankOrComment(String after) {
        String s = after.strip();
        return s.isEmpty() || (s.charAt(0) == '#' && (after.isEmpty() || after.charAt(0) == ' '));
    }

    private static boolean isNull(String rest) {
        return rest.equals("~") || rest.equals("null") || rest.equals("Null") || rest.equals("NULL");
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
