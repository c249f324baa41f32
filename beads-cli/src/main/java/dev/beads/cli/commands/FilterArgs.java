package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import java.util.List;

/** The filter options that {@link FilterOptions} (list, count, search, export) and {@link WorkOptions} share. */
final class FilterArgs {
    private FilterArgs() {}

    static Arg<String> priority(CommandModel model) {
        return model.option("-p", "--priority")
                .label("<0-4|P0-P4>")
                .description("Only this priority.")
                .string();
    }

    static Arg<String> assignee(CommandModel model) {
        return model.option("-a", "--assignee").label("<name>").string();
    }

    static Arg<List<String>> types(CommandModel model) {
        return model.option("-t", "--type")
                .label("<type>")
                .description("Only these types (comma-separated).")
                .strings();
    }

    static Arg<List<String>> labelsAll(CommandModel model) {
        return model.option("-l", "--label")
                .label("<label>")
                .description("Has all these labels.")
                .strings();
    }

    static Arg<List<String>> labelsAny(CommandModel model) {
        return model.option("--label-any")
                .label("<label>")
                .description("Has at least one of these labels.")
                .strings();
    }
}
