package dev.beads.cli.commands;

import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.SortOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The filters of {@code list}, {@code search}, {@code count} and {@code export}: every field of {@link IssueFilter}. */
public final class FilterOptions {

    @Option(
            names = {"-s", "--status"},
            paramLabel = "<status>",
            description = "Only these statuses (comma-separated).")
    List<String> statuses;

    @Option(
            names = {"-t", "--type"},
            paramLabel = "<type>",
            description = "Only these types (comma-separated).")
    List<String> types;

    @Option(
            names = {"-p", "--priority"},
            paramLabel = "<0-4|P0-P4>",
            description = "Only this priority.")
    String priority;

    @Option(names = "--priority-min", paramLabel = "<0-4>", description = "Priority at least (numerically ≥).")
    String priorityMin;

    @Option(names = "--priority-max", paramLabel = "<0-4>", description = "Priority at most (numerically ≤).")
    String priorityMax;

    @Option(
            names = {"-a", "--assignee"},
            paramLabel = "<name>")
    String assignee;

    @Option(names = "--no-assignee", description = "Only unassigned issues.")
    boolean unassigned;

    @Option(
            names = {"-l", "--label"},
            paramLabel = "<label>",
            description = "Has all these labels.")
    List<String> labelsAll;

    @Option(names = "--label-any", paramLabel = "<label>", description = "Has at least one of these labels.")
    List<String> labelsAny;

    @Option(names = "--title-contains", paramLabel = "<text>")
    String titleContains;

    @Option(names = "--desc-contains", paramLabel = "<text>")
    String descriptionContains;

    @Option(names = "--notes-contains", paramLabel = "<text>")
    String notesContains;

    @Option(names = "--created-after", paramLabel = "<date>", description = "YYYY-MM-DD or RFC 3339.")
    String createdAfter;

    @Option(names = "--created-before", paramLabel = "<date>")
    String createdBefore;

    @Option(names = "--updated-after", paramLabel = "<date>")
    String updatedAfter;

    @Option(names = "--updated-before", paramLabel = "<date>")
    String updatedBefore;

    @Option(names = "--closed-after", paramLabel = "<date>")
    String closedAfter;

    @Option(names = "--closed-before", paramLabel = "<date>")
    String closedBefore;

    @Option(names = "--id", paramLabel = "<id>", description = "Only these ids (comma-separated, may be partial).")
    List<String> ids;

    @Option(names = "--include-deleted", description = "Include tombstones (deleted issues).")
    boolean includeTombstones;

    @Option(
            names = "--sort",
            paramLabel = "<field>",
            description = "priority (default), created, updated, closed, id, title, status, type or assignee.")
    String sort;

    @Option(
            names = {"-r", "--reverse"},
            description = "Reverse the order.")
    boolean reverse;

    /** Builds the filter; statuses, types and partial ids are checked against the workspace when needed. */
    IssueFilter toFilter(Supplier<Ports> ports, int limit) {
        IssueFilter.Builder f = IssueFilter.builder()
                .statuses(Inputs.statuses(statuses, ports))
                .types(Inputs.types(types, ports))
                .assignee(assignee)
                .unassigned(unassigned)
                .labelsAll(Set.copyOf(Inputs.split(labelsAll)))
                .labelsAny(Set.copyOf(Inputs.split(labelsAny)))
                .titleContains(titleContains)
                .descriptionContains(descriptionContains)
                .notesContains(notesContains)
                .createdAfter(Inputs.date(createdAfter))
                .createdBefore(Inputs.date(createdBefore))
                .updatedAfter(Inputs.date(updatedAfter))
                .updatedBefore(Inputs.date(updatedBefore))
                .closedAfter(Inputs.date(closedAfter))
                .closedBefore(Inputs.date(closedBefore))
                .includeTombstones(includeTombstones)
                .sort(sort == null ? null : SortOrder.parse(sort))
                .reverse(reverse)
                .limit(limit);
        priorities(f);
        if (ids != null) {
            Set<IssueId> resolved = new LinkedHashSet<>();
            for (String id : Inputs.split(ids)) {
                resolved.add(ports.get().queries().resolve(id));
            }
            f.ids(resolved);
        }
        return f.build();
    }

    private void priorities(IssueFilter.Builder f) {
        if (priority != null && (priorityMin != null || priorityMax != null)) {
            throw new InvalidInputException("give --priority, or --priority-min/--priority-max, not both");
        }
        if (priority != null) {
            f.priority(Inputs.priority(priority).value());
        }
        if (priorityMin != null) {
            f.priorityMin(Inputs.priority(priorityMin).value());
        }
        if (priorityMax != null) {
            f.priorityMax(Inputs.priority(priorityMax).value());
        }
    }
}
