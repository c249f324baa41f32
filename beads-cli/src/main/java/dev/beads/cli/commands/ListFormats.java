package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bd list --format}: the dependency edges among the listed issues, as Go bd v0.39.1 prints them
 * (cmd/bd/list.go:918 {@code dot}, :995 presets and templates). Go's template language is Go's; the fields
 * {@code {{.IssueID}}}, {@code {{.DependsOnID}}} and {@code {{.Type}}} are what its preset uses and what this
 * supports.
 */
final class ListFormats {
    private ListFormats() {}

    static void print(Output out, List<Issue> issues, String format) {
        if (format.equals("dot")) {
            dot(out, issues);
            return;
        }
        String template = format.equals("digraph") ? "{{.IssueID}} {{.DependsOnID}}" : format;
        checkTemplate(template);
        Map<IssueId, Issue> listed = byId(issues);
        for (Issue issue : issues) {
            for (Dependency d : issue.dependencies()) {
                if (listed.containsKey(d.dependsOnId())) {
                    out.line(template.replace("{{.IssueID}}", issue.id().value())
                            .replace("{{.DependsOnID}}", d.dependsOnId().value())
                            .replace("{{.Type}}", d.type().name()));
                }
            }
        }
    }

    private static void checkTemplate(String template) {
        String rest = template.replace("{{.IssueID}}", "")
                .replace("{{.DependsOnID}}", "")
                .replace("{{.Type}}", "");
        if (rest.contains("{{")) {
            throw new InvalidInputException("invalid format template \"" + template + "\": this bd knows the"
                    + " fields {{.IssueID}}, {{.DependsOnID}} and {{.Type}}, and the presets digraph and dot");
        }
    }

    private static void dot(Output out, List<Issue> issues) {
        out.line("digraph dependencies {");
        out.line("  rankdir=TB;");
        out.line("  node [shape=box, style=rounded];");
        out.line();
        for (Issue i : issues) {
            String label = i.id().value() + "\n[" + i.issueType().name() + " P"
                    + i.priority().value() + "]\n" + i.title() + "\n("
                    + i.status().name() + ")";
            String fill = "white";
            String font = "black";
            switch (i.status().name()) {
                case "closed" -> {
                    fill = "lightgray";
                    font = "dimgray";
                }
                case "in_progress" -> fill = "lightyellow";
                case "blocked" -> fill = "lightcoral";
                default -> {}
            }
            out.line("  " + quote(i.id().value()) + " [label=" + quote(label) + ", style=\"rounded,filled\", fillcolor="
                    + quote(fill) + ", fontcolor=" + quote(font) + "];");
        }
        out.line();
        Map<IssueId, Issue> listed = byId(issues);
        for (Issue i : issues) {
            for (Dependency d : i.dependencies()) {
                if (listed.containsKey(d.dependsOnId())) {
                    String[] look = edgeStyle(d.type().name());
                    out.line("  " + quote(i.id().value()) + " -> "
                            + quote(d.dependsOnId().value()) + " [label="
                            + quote(d.type().name()) + ", color=" + look[0] + ", style=" + look[1] + "];");
                }
            }
        }
        out.line("}");
    }

    private static String[] edgeStyle(String type) {
        return switch (type) {
            case "blocks" -> new String[] {"red", "bold"};
            case "parent-child" -> new String[] {"blue", "solid"};
            case "discovered-from" -> new String[] {"green", "dashed"};
            case "related" -> new String[] {"gray", "dashed"};
            default -> new String[] {"black", "solid"};
        };
    }

    private static Map<IssueId, Issue> byId(List<Issue> issues) {
        Map<IssueId, Issue> map = new HashMap<>();
        for (Issue i : issues) {
            map.put(i.id(), i);
        }
        return map;
    }

    /** Go's {@code %q}: a double-quoted string with backslash escapes. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
