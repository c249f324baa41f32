package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.json.CommandJson;

/** {@code bd count}: how many issues match, optionally grouped. */
public final class CountCommand extends BdSubcommand {
    public CountCommand() {
        super("count");
        model.description("Count issues matching filters, optionally grouped.");
    }

    final FilterOptions filters = new FilterOptions(model);

    final Grouping grouping = new Grouping(model);

    /** At most one {@code --by-…}. */
    static final class Grouping {
        private final Arg<Boolean> status;
        private final Arg<Boolean> priority;
        private final Arg<Boolean> type;
        private final Arg<Boolean> assignee;
        private final Arg<Boolean> label;

        Grouping(CommandModel model) {
            status = model.option("--by-status").description("Group by status.").flag();
            priority = model.option("--by-priority")
                    .description("Group by priority.")
                    .flag();
            type = model.option("--by-type").description("Group by type.").flag();
            assignee = model.option("--by-assignee")
                    .description("Group by assignee.")
                    .flag();
            label = model.option("--by-label")
                    .description("Group by label (an issue counts once per label).")
                    .flag();
            model.exclusive(status, priority, type, assignee, label);
        }

        CountGroup group() {
            if (status.get()) {
                return CountGroup.STATUS;
            }
            if (priority.get()) {
                return CountGroup.PRIORITY;
            }
            if (type.get()) {
                return CountGroup.TYPE;
            }
            if (assignee.get()) {
                return CountGroup.ASSIGNEE;
            }
            return label.get() ? CountGroup.LABEL : null;
        }
    }

    @Override
    protected int execute() {
        Ports ports = reading();
        CountGroup group = grouping.group();
        CountResult result = ports.queries().count(filters.toFilter(() -> ports, 0), group);
        Output out = out();
        if (json()) {
            out.json(CommandJson.count(result, group));
            return 0;
        }
        if (group == null) {
            out.line(Integer.toString(result.total()));
            return 0;
        }
        out.line("Total: " + result.total());
        out.line();
        result.groups().forEach((key, n) -> out.line(goKey(group, key) + ": " + n));
        return 0;
    }

    static String goKey(CountGroup group, String key) {
        return CommandJson.groupName(group, key);
    }
}
