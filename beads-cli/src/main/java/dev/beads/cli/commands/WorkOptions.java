package dev.beads.cli.commands;

import dev.beads.cli.session.Ports;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.WorkFilter;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The filters of {@code ready} and {@code blocked}: every field of {@link WorkFilter} but the limit. */
public final class WorkOptions {

    @Option(
            names = {"-p", "--priority"},
            paramLabel = "<0-4|P0-P4>",
            description = "Only this priority.")
    String priority;

    @Option(
            names = {"-a", "--assignee"},
            paramLabel = "<name>")
    String assignee;

    @Option(
            names = {"-u", "--unassigned"},
            description = "Only unassigned issues.")
    boolean unassigned;

    @Option(
            names = {"-t", "--type"},
            paramLabel = "<type>",
            description = "Only these types (comma-separated).")
    java.util.List<String> types;

    @Option(
            names = {"-l", "--label"},
            paramLabel = "<label>",
            description = "Has all these labels.")
    java.util.List<String> labelsAll;

    @Option(names = "--label-any", paramLabel = "<label>", description = "Has at least one of these labels.")
    java.util.List<String> labelsAny;

    @Option(
            names = {"-s", "--sort"},
            paramLabel = "<policy>",
            description = "hybrid (default: recent by priority, then oldest first), priority or oldest.")
    String sort;

    WorkFilter toFilter(Supplier<Ports> ports, int limit) {
        return new WorkFilter(
                assignee,
                unassigned,
                priority == null ? null : Inputs.priority(priority).value(),
                Inputs.types(types, ports),
                Set.copyOf(Inputs.split(labelsAll)),
                Set.copyOf(Inputs.split(labelsAny)),
                sort == null ? ReadySort.HYBRID : ReadySort.parse(sort),
                limit);
    }
}
