package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.SortOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private final Arg<String> title;

    private final Arg<Boolean> emptyDescription;

    private final Arg<Boolean> noLabels;

    /** An id no issue has: the filter of a selection that matched nothing (an empty id set means "any id"). */
    private static final IssueId NONE = IssueId.of("\u0000none");

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
        // Go bd v0.39.1 cmd/bd/list.go:868, 891, 893 (and count.go:434, 451, 453).
        title = model.option("--title")
                .label("<text>")
                .description("Title contains the text (case-insensitive).")
                .string();
        emptyDescription = model.option("--empty-description")
                .description("Only issues without a description.")
                .flag();
        noLabels = model.option("--no-labels")
                .description("Only issues without labels.")
                .flag();
    }

    /** Builds the filter; statuses, types and partial ids are checked against the workspace when needed. */
    IssueFilter toFilter(Supplier<Ports> ports, int limit) {
        return toFilter(ports, limit, null);
    }

    /**
     * Builds the filter; {@code only}, when not null, restricts it to those ids (a command's own selection, such
     * as {@code list --parent}). The filters the core has no field for (a second title text, no description, no
     * labels) become an id selection too.
     */
    IssueFilter toFilter(Supplier<Ports> ports, int limit, Set<IssueId> only) {
        IssueFilter.Builder f = builder(ports, limit);
        IssueFilter filter = f.build();
        Set<IssueId> selected = only;
        if (selects()) {
            selected = select(ports.get(), f.limit(0).build(), only);
            f.limit(limit);
        }
        if (selected == null) {
            return filter;
        }
        Set<IssueId> ids = new LinkedHashSet<>(selected);
        if (!filter.ids().isEmpty()) {
            ids.retainAll(filter.ids());
        }
        return f.ids(ids.isEmpty() ? Set.of(NONE) : ids).build();
    }

    /** Whether a filter the core lacks is given (title text beyond {@code --title-contains}, empty fields). */
    private boolean selects() {
        boolean secondTitle = title.get() != null && titleContains.get() != null;
        return secondTitle || emptyDescription.get() || noLabels.get();
    }

    private Set<IssueId> select(Ports ports, IssueFilter candidates, Set<IssueId> only) {
        String text = title.get() == null ? null : title.get().toLowerCase(Locale.ROOT);
        Set<IssueId> ids = new LinkedHashSet<>();
        for (Issue i : ports.queries().list(candidates)) {
            boolean keep = (only == null || only.contains(i.id()))
                    && (text == null || i.title().toLowerCase(Locale.ROOT).contains(text))
                    && (!emptyDescription.get() || i.description().isEmpty())
                    && (!noLabels.get() || i.labels().isEmpty());
            if (keep) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    private IssueFilter.Builder builder(Supplier<Ports> ports, int limit) {
        IssueFilter.Builder f = IssueFilter.builder()
                .statuses(Inputs.statuses(statuses.get(), ports))
                .types(Inputs.types(types.get(), ports))
                .assignee(assignee.get())
                .unassigned(unassigned.get())
                .labelsAll(Set.copyOf(Inputs.split(labelsAll.get())))
                .labelsAny(Set.copyOf(Inputs.split(labelsAny.get())))
                .titleContains(titleContains.get() != null ? titleContains.get() : title.get())
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
        return f;
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
