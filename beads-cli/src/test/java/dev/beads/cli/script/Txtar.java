package dev.beads.cli.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A txtar archive (golang.org/x/tools/txtar): a comment (here, the script) followed by files, each introduced by a
 * line {@code -- name --}.
 */
record Txtar(List<String> script, Map<String, String> files) {
    private static final Pattern MARKER = Pattern.compile("^-- (.+) --$");

    static Txtar parse(String text) {
        List<String> script = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher m = MARKER.matcher(line.strip());
            if (m.matches()) {
                if (current != null) {
                    files.put(current, content.toString());
                }
                current = m.group(1).strip();
                content.setLength(0);
            } else if (current == null) {
                script.add(line);
            } else {
                content.append(line).append('\n');
            }
        }
        if (current != null) {
            // The split leaves one empty string after the final newline: do not add a second newline for it.
            String last = content.toString();
            files.put(current, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last);
        }
        return new Txtar(script, files);
    }
}
