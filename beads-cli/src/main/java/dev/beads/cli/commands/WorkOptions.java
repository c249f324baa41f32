package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.WorkFilter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The filters of {@code ready} and {@code blocked}: every field of {@link WorkFilter} but the limit. */
public final class WorkOptions {

    private final Arg<String> priority;

    private final Arg<String> assignee;

    private final Arg<Boolean> unassigned;

    private final Arg<List<String>> types;

    private final Arg<List<String>> labelsAll;

    private final Arg<List<String>> labelsAny;

    private final Arg<String> sort;

    private final Arg<String> parent;

    WorkOptions(CommandModel model) {
        priority = FilterArgs.priority(model);
        assignee = FilterArgs.assignee(model);
        unassigned = model.option("-u", "--unassigned")
                .description("Only unassigned issues.")
                .flag();
        types = FilterArgs.types(model);
        labelsAll = FilterArgs.labelsAll(model);
        labelsAny = FilterArgs.labelsAny(model);
        sort = model.option("-s", "--sort")
                .label("<policy>")
                .description("hybrid (default: recent by priority, then oldest first), priority or oldest.")
                .string();
        // Go bd v0.39.1 cmd/bd/ready.go:423 (ready) and :425 (blocked).
        parent = model.option("--parent")
                .label("<id>")
                .description("Only descendants of this issue (through parent-child, at any depth).")
                .string();
    }

    /** The {@code --parent} issue's descendants, or null when not given. */
    java.util.Set<dev.beads.core.model.IssueId> descendants(Ports ports) {
        if (parent.get() == null || parent.get().isBlank()) {
            return null;
        }
        return Descendants.of(ports, Descendants.parent(ports, parent.get()), true);
    }

    WorkFilter toFilter(Supplier<Ports> ports, int limit) {
        return new WorkFilter(
                assignee.get(),
                unassigned.get(),
                priority.get() == null ? null : Inputs.priority(priority.get()).value(),
                Inputs.types(types.get(), ports),
                Set.copyOf(Inputs.split(labelsAll.get())),
                Set.copyOf(Inputs.split(labelsAny.get())),
                sort.get() == null ? ReadySort.HYBRID : ReadySort.parse(sort.get()),
                limit);
    }
}
