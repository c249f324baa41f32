package dev.beads.cli.commands;

import dev.beads.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go bd's markdown format for {@code bd create -f}: each {@code ## Title} starts an issue; text under it (before
 * any {@code ###}) is its description; {@code ### Priority}, {@code ### Type}, {@code ### Description},
 * {@code ### Design}, {@code ### Acceptance Criteria}, {@code ### Notes}, {@code ### Assignee},
 * {@code ### Labels} (comma-separated) and {@code ### Dependencies} ({@code type:id, …}) set fields.
 */
final class MarkdownIssues {
    private static final List<String> SECTIONS = List.of(
            "priority",
            "type",
            "description",
            "design",
            "acceptance criteria",
            "acceptance",
            "notes",
            "assignee",
            "labels",
            "dependencies",
            "deps");

    /** One issue as the file describes it; fields absent from the file are null. */
    record Draft(String title, Map<String, String> sections) {
        String get(String name) {
            String value = sections.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String description() {
            return get("description");
        }

        String acceptance() {
            String value = get("acceptance criteria");
            return value != null ? value : get("acceptance");
        }

        String dependencies() {
            String value = get("dependencies");
            return value != null ? value : get("deps");
        }
    }

    private MarkdownIssues() {}

    /**
     * Parses the file's text.
     *
     * @throws InvalidInputException when there is no {@code ## } heading or a {@code ###} section is unknown
     */
    static List<Draft> parse(String text, String source) {
        List<Draft> drafts = new ArrayList<>();
        String title = null;
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String current = null;
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.startsWith("## ")) {
                addDraft(drafts, title, sections);
                title = line.substring(3).strip();
                sections = new LinkedHashMap<>();
                current = "description";
            } else if (line.startsWith("### ")) {
                current = section(line.substring(4), source, lineNo);
                if (title == null) {
                    throw new InvalidInputException(
                            source + " line " + lineNo + ": a ### section before any ## issue title");
                }
            } else if (current != null) {
                sections.computeIfAbsent(current, k -> new StringBuilder())
                        .append(line)
                        .append('\n');
            }
        }
        addDraft(drafts, title, sections);
        if (drafts.isEmpty()) {
            throw new InvalidInputException(
                    source + " holds no issues: start each one with a '## Title' line (see bd create --help)");
        }
        return drafts;
    }

    private static String section(String heading, String source, int lineNo) {
        String name = heading.strip().toLowerCase(Locale.ROOT);
        if (!SECTIONS.contains(name)) {
            throw new InvalidInputException(source + " line " + lineNo + ": unknown section \"### " + heading.strip()
                    + "\": use Priority, Type, Description, Design, Acceptance Criteria, Notes, Assignee, Labels"
                    + " or Dependencies");
        }
        return name;
    }

    private static void addDraft(List<Draft> drafts, String title, Map<String, StringBuilder> sections) {
        if (title == null) {
            return;
        }
        Map<String, String> text = new LinkedHashMap<>();
        sections.forEach((k, v) -> text.merge(k, v.toString(), (a, b) -> a + b));
        drafts.add(new Draft(title, text));
    }
}
