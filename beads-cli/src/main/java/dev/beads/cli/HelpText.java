package dev.beads.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code bd --help} laid out as cobra lays out Go bd's help (agents trained on Go bd look for its headings):
 * description, {@code Usage:}, {@code Aliases:}, {@code Available Commands:}, {@code Flags:} (the command's own),
 * {@code Global Flags:} (bd's, inherited), the footer. Text wraps at spaces only (never inside {@code beads.db}), to
 * {@link #width the width} of the terminal, 80 when not a terminal.
 */
final class HelpText implements IHelpSectionRenderer {
    /** The one help section of every command; picocli's own sections are not used. */
    static final String SECTION = "bd-help";

    private static final HelpText RENDERER = new HelpText();

    /** The widest the flag column gets before a description starts on the next line. */
    private static final int MAX_FLAG_COLUMN = 34;

    private HelpText() {}

    /** Makes {@code spec}'s usage help this layout. */
    static void install(CommandSpec spec) {
        spec.usageMessage().sectionKeys(List.of(SECTION));
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        sections.put(SECTION, RENDERER);
        spec.usageMessage().sectionMap(sections);
    }

    @Override
    public String render(Help help) {
        return render(help.commandSpec(), width(help.commandSpec()));
    }

    /** The help of {@code spec} at {@code width} columns. */
    static String render(CommandSpec spec, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : spec.usageMessage().description()) {
            paragraph(out, line, width);
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        out.append("\nUsage:\n");
        out.append("  ").append(synopsis(spec)).append('\n');
        if (!spec.subcommands().isEmpty()) {
            out.append("  ").append(spec.qualifiedName()).append(" [command]\n");
        }
        if (spec.aliases().length > 0) {
            out.append("\nAliases:\n  ").append(spec.name());
            for (String alias : spec.aliases()) {
                out.append(", ").append(alias);
            }
            out.append('\n');
        }
        commands(out, spec, width);
        List<OptionSpec> own = new ArrayList<>();
        List<OptionSpec> global = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                (option.inherited() ? global : own).add(option);
            }
        }
        flags(out, "Flags:", own, width);
        flags(out, "Global Flags:", global, width);
        String[] footer = spec.usageMessage().footer();
        for (String line : footer) {
            paragraph(out, line, width);
        }
        if (!spec.subcommands().isEmpty()) {
            out.append('\n');
            paragraph(
                    out,
                    "Use \"" + spec.qualifiedName() + " [command] --help\" for more information about a command.",
                    width);
        }
        return out.toString();
    }

    /** {@code bd close <id>... [flags]}. */
    private static String synopsis(CommandSpec spec) {
        StringBuilder line = new StringBuilder(spec.qualifiedName());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            String label = p.paramLabel() + (p.isMultiValue() ? "..." : "");
            line.append(' ').append(p.required() ? label : "[" + label + "]");
        }
        return line.append(" [flags]").toString();
    }

    private static void commands(StringBuilder out, CommandSpec spec, int width) {
        Map<CommandLine, String> unique = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
            CommandSpec s = sub.getValue().getCommandSpec();
            if (!s.usageMessage().hidden()) {
                unique.putIfAbsent(sub.getValue(), s.name());
            }
        }
        if (unique.isEmpty()) {
            return;
        }
        int column = 0;
        for (String name : unique.values()) {
            column = Math.max(column, name.length());
        }
        column = Math.max(column + 2, 11) + 2;
        out.append("\nAvailable Commands:\n");
        for (Map.Entry<CommandLine, String> sub : unique.entrySet()) {
            String[] description = sub.getKey().getCommandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : description[0];
            row(out, "  " + sub.getValue(), column, summary, width);
        }
    }

    private static void flags(StringBuilder out, String heading, List<OptionSpec> options, int width) {
        if (options.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(options.size());
        int column = 0;
        for (OptionSpec option : options) {
            String name = flagName(option);
            names.add(name);
            column = Math.max(column, name.length());
        }
        column = Math.min(column + 3, MAX_FLAG_COLUMN);
        out.append('\n').append(heading).append('\n');
        for (int i = 0; i < options.size(); i++) {
            row(out, names.get(i), column, String.join(" ", options.get(i).description()), width);
        }
    }

    /** {@code   -r, --reason <reason>} or {@code       --json}: cobra's flag column. */
    private static String flagName(OptionSpec option) {
        String shortName = null;
        String longName = null;
        for (String name : option.names()) {
            if (name.startsWith("--")) {
                longName = longName == null ? name : longName;
            } else {
                shortName = shortName == null ? name : shortName;
            }
        }
        StringBuilder flag = new StringBuilder("  ");
        if (shortName == null) {
            flag.append("    ").append(longName);
        } else if (longName == null) {
            flag.append(shortName);
        } else {
            flag.append(shortName).append(", ").append(longName);
        }
        if (option.arity().max() > 0 && !option.paramLabel().isEmpty()) {
            String label = option.paramLabel();
            flag.append(' ').append(option.arity().min() == 0 ? "[=" + label + "]" : label);
        }
        return flag.toString();
    }

    /** A name in a column and its description wrapped beside it (or under it, when the name is wider). */
    private static void row(StringBuilder out, String name, int column, String description, int width) {
        out.append(name);
        if (description.isEmpty()) {
            out.append('\n');
            return;
        }
        int at = name.length();
        if (at + 1 > column) {
            out.append('\n');
            at = 0;
        }
        out.append(" ".repeat(column - at));
        List<String> lines = wrap(description, Math.max(width - column, 20));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append(" ".repeat(column));
            }
            out.append(lines.get(i)).append('\n');
        }
    }

    private static void paragraph(StringBuilder out, String text, int width) {
        if (text.isEmpty()) {
            out.append('\n');
            return;
        }
        for (String line : wrap(text, width)) {
            out.append(line).append('\n');
        }
    }

    /**
     * {@code text} in lines of at most {@code width} characters, broken at spaces only: a word longer than the width
     * (a long path) gets a line of its own rather than a break inside it. Leading indentation is kept on every line.
     */
    static List<String> wrap(String text, int width) {
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        String margin = text.substring(0, indent);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(margin);
        for (String word : text.substring(indent).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > indent && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(margin);
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The terminal's width for a terminal ({@code $COLUMNS}, else picocli's detection), else 80. */
    private static int width(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof BdCommand bd ? bd.helpWidth() : 80;
    }
}
