package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.SortOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The filters of {@code list}, {@code search}, {@code count} and {@code export}: every field of {@link IssueFilter}. */
public final class FilterOptions {

    private final Arg<List<String>> statuses;

    private final Arg<List<String>> types;

    private final Arg<String> priority;

    private final Arg<String> priorityMin;

    private final Arg<String> priorityMax;

    private final Arg<String> assignee;

    private final Arg<Boolean> unassigned;

    private final Arg<List<String>> labelsAll;

    private final Arg<List<String>> labelsAny;

    private final Arg<String> titleContains;

    private final Arg<String> descriptionContains;

    private final Arg<String> notesContains;

    private final Arg<String> createdAfter;

    private final Arg<String> createdBefore;

    private final Arg<String> updatedAfter;

    private final Arg<String> updatedBefore;

    private final Arg<String> closedAfter;

    private final Arg<String> closedBefore;

    private final Arg<List<String>> ids;

    private final Arg<Boolean> includeTombstones;

    private final Arg<String> sort;

    private final Arg<Boolean> reverse;

    FilterOptions(CommandModel model) {
        statuses = model.option("-s", "--status")
                .label("<status>")
                .description("Only these statuses (comma-separated).")
                .strings();
        types = FilterArgs.types(model);
        priority = FilterArgs.priority(model);
        priorityMin = model.option("--priority-min")
                .label("<0-4>")
                .description("Priority at least (numerically ≥).")
                .string();
        priorityMax = model.option("--priority-max")
                .label("<0-4>")
                .description("Priority at most (numerically ≤).")
                .string();
        assignee = FilterArgs.assignee(model);
        unassigned = model.option("--no-assignee")
                .description("Only unassigned issues.")
                .flag();
        labelsAll = FilterArgs.labelsAll(model);
        labelsAny = FilterArgs.labelsAny(model);
        titleContains = model.option("--title-contains").label("<text>").string();
        descriptionContains = model.option("--desc-contains").label("<text>").string();
        notesContains = model.option("--notes-contains").label("<text>").string();
        createdAfter = model.option("--created-after")
                .label("<date>")
                .description("YYYY-MM-DD or RFC 3339.")
                .string();
        createdBefore = model.option("--created-before").label("<date>").string();
        updatedAfter = model.option("--updated-after").label("<date>").string();
        updatedBefore = model.option("--updated-before").label("<date>").string();
        closedAfter = model.option("--closed-after").label("<date>").string();
        closedBefore = model.option("--closed-before").label("<date>").string();
        ids = model.option("--id")
                .label("<id>")
                .description("Only these ids (comma-separated, may be partial).")
                .strings();
        includeTombstones = model.option("--include-deleted")
                .description("Include tombstones (deleted issues).")
                .flag();
        sort = model.option("--sort")
                .label("<field>")
                .description("priority (default), created, updated, closed, id, title, status, type or assignee.")
                .string();
        reverse = model.option("-r", "--reverse")
                .description("Reverse the order.")
                .flag();
    }

    /** Builds the filter; statuses, types and partial ids are checked against the workspace when needed. */
    IssueFilter toFilter(Supplier<Ports> ports, int limit) {
        IssueFilter.Builder f = IssueFilter.builder()
                .statuses(Inputs.statuses(statuses.get(), ports))
                .types(Inputs.types(types.get(), ports))
                .assignee(assignee.get())
                .unassigned(unassigned.get())
                .labelsAll(Set.copyOf(Inputs.split(labelsAll.get())))
                .labelsAny(Set.copyOf(Inputs.split(labelsAny.get())))
                .titleContains(titleContains.get())
                .descriptionContains(descriptionContains.get())
                .notesContains(notesContains.get())
                .createdAfter(Inputs.date(createdAfter.get()))
                .createdBefore(Inputs.date(createdBefore.get()))
                .updatedAfter(Inputs.date(updatedAfter.get()))
                .updatedBefore(Inputs.date(updatedBefore.get()))
                .closedAfter(Inputs.date(closedAfter.get()))
                .closedBefore(Inputs.date(closedBefore.get()))
                .includeTombstones(includeTombstones.get())
                .sort(sort.get() == null ? null : SortOrder.parse(sort.get()))
                .reverse(reverse.get())
                .limit(limit);
        priorities(f);
        if (ids.get() != null) {
            Set<IssueId> resolved = new LinkedHashSet<>();
            for (String id : Inputs.split(ids.get())) {
                resolved.add(ports.get().queries().resolve(id));
            }
            f.ids(resolved);
        }
        return f.build();
    }

    private void priorities(IssueFilter.Builder f) {
        if (priority.get() != null && (priorityMin.get() != null || priorityMax.get() != null)) {
            throw new InvalidInputException("give --priority, or --priority-min/--priority-max, not both");
        }
        if (priority.get() != null) {
            f.priority(Inputs.priority(priority.get()).value());
        }
        if (priorityMin.get() != null) {
            f.priorityMin(Inputs.priority(priorityMin.get()).value());
        }
        if (priorityMax.get() != null) {
            f.priorityMax(Inputs.priority(priorityMax.get()).value());
        }
    }
}
