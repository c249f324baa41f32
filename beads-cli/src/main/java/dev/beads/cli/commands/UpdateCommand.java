package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd update}: changes the fields given on one or more issues. */
@Command(name = "update", description = "Update fields of issues. Prints 'Updated issue: <id>'.")
public final class UpdateCommand extends BdSubcommand {

    @Parameters(arity = "1..*", paramLabel = "<id>", description = "Issue ids (partial ids resolve).")
    List<String> ids;

    @Option(names = "--title", paramLabel = "<title>")
    String title;

    @Option(
            names = {"-d", "--description"},
            paramLabel = "<text>")
    String description;

    @Option(names = "--design", paramLabel = "<text>")
    String design;

    @Option(
            names = {"--acceptance", "--acceptance-criteria"},
            paramLabel = "<text>")
    String acceptance;

    @Option(names = "--notes", paramLabel = "<text>")
    String notes;

    @Option(
            names = {"-s", "--status"},
            paramLabel = "<status>",
            description = "open, in_progress, blocked, deferred, pinned or closed.")
    String status;

    @Option(
            names = {"-p", "--priority"},
            paramLabel = "<0-4|P0-P4>")
    String priority;

    @Option(
            names = {"-t", "--type"},
            paramLabel = "<type>")
    String type;

    @Option(
            names = {"-a", "--assignee"},
            paramLabel = "<name>",
            description = "Assignee ('' to clear).")
    String assignee;

    @Option(
            names = {"-e", "--estimate"},
            paramLabel = "<minutes>")
    Integer estimate;

    @Option(names = "--external-ref", paramLabel = "<ref>")
    String externalRef;

    @Option(names = "--add-label", paramLabel = "<label>", description = "Add labels (repeatable, comma-separated).")
    List<String> addLabels;

    @Option(names = "--remove-label", paramLabel = "<label>", description = "Remove labels.")
    List<String> removeLabels;

    @Option(names = "--set-labels", paramLabel = "<labels>", description = "Replace all labels ('' for none).")
    List<String> setLabels;

    @Override
    protected int execute() {
        Ports ports = writing();
        List<UpdateIssue> requests = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids)) {
            requests.add(request(id, ports));
        }
        if (requests.get(0).isEmpty()) {
            throw new InvalidInputException("no updates specified: give a field to change, like --status"
                    + " in_progress (see bd update --help)");
        }
        List<Issue> updated = new ArrayList<>();
        for (UpdateIssue request : requests) {
            updated.add(ports.issues().update(request));
        }
        Output out = out();
        if (json()) {
            out.json(Shapes.issues(updated));
        } else if (!out.quiet()) {
            updated.forEach(i -> out.line(
                    out.style().green("✓") + " Updated issue: " + out.style().cyan(i.id().value())));
        }
        return 0;
    }

    private UpdateIssue request(IssueId id, Ports ports) {
        return UpdateIssue.builder(id)
                .title(title)
                .description(description)
                .design(design)
                .acceptanceCriteria(acceptance)
                .notes(notes)
                .status(Inputs.status(status, () -> ports))
                .priority(Inputs.priority(priority))
                .type(Inputs.type(type, () -> ports))
                .assignee(assignee)
                .estimatedMinutes(estimate)
                .externalRef(externalRef)
                .addLabels(Inputs.split(addLabels))
                .removeLabels(Inputs.split(removeLabels))
                .setLabels(setLabels == null ? null : Inputs.split(setLabels))
                .actor(actor())
                .build();
    }
}
