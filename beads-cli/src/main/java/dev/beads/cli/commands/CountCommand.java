package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bd count}: how many issues match, optionally grouped. */
@Command(name = "count", description = "Count issues matching filters, optionally grouped.")
public final class CountCommand extends BdSubcommand {

    @Mixin
    FilterOptions filters;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Grouping grouping;

    /** At most one {@code --by-…}. */
    static final class Grouping {
        @Option(names = "--by-status", description = "Group by status.")
        boolean status;

        @Option(names = "--by-priority", description = "Group by priority.")
        boolean priority;

        @Option(names = "--by-type", description = "Group by type.")
        boolean type;

        @Option(names = "--by-assignee", description = "Group by assignee.")
        boolean assignee;

        @Option(names = "--by-label", description = "Group by label (an issue counts once per label).")
        boolean label;

        CountGroup group() {
            if (status) {
                return CountGroup.STATUS;
            }
            if (priority) {
                return CountGroup.PRIORITY;
            }
            if (type) {
                return CountGroup.TYPE;
            }
            if (assignee) {
                return CountGroup.ASSIGNEE;
            }
            return label ? CountGroup.LABEL : null;
        }
    }

    @Override
    protected int execute() {
        Ports ports = reading();
        CountGroup group = grouping == null ? null : grouping.group();
        CountResult result = ports.queries().count(filters.toFilter(() -> ports, 0), group);
        Output out = out();
        if (json()) {
            out.json(g -> {
                g.writeStartObject();
                if (group == null) {
                    g.writeNumberField("count", result.total());
                } else {
                    g.writeNumberField("total", result.total());
                    g.writeArrayFieldStart("groups");
                    for (Map.Entry<String, Integer> e : result.groups().entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("group", e.getKey());
                        g.writeNumberField("count", e.getValue());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            });
            return 0;
        }
        if (group == null) {
            out.line(Integer.toString(result.total()));
            return 0;
        }
        out.line("Total: " + result.total());
        out.line();
        result.groups().forEach((key, n) -> out.line("  " + key + ": " + n));
        return 0;
    }
}
