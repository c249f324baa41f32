package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;

/** {@code bd update}: changes the fields given on one or more issues. */
public final class UpdateCommand extends BdSubcommand {
    public UpdateCommand() {
        super("update");
        model.description("Update fields of issues. Prints 'Updated issue: <id>'.");
    }

    final Arg<List<String>> ids = model.positional("0..*", "<id>")
            .arity("1..*")
            .description("Issue ids (partial ids resolve).")
            .missing("no issue ID provided")
            .strings();

    final Arg<String> title = model.option("--title").label("<title>").string();

    final Arg<String> description =
            model.option("-d", "--description").label("<text>").string();

    final Arg<String> design = model.option("--design").label("<text>").string();

    final Arg<String> acceptance = model.option("--acceptance", "--acceptance-criteria")
            .label("<text>")
            .string();

    final Arg<String> notes = model.option("--notes").label("<text>").string();

    final Arg<String> status = model.option("-s", "--status")
            .label("<status>")
            .description("open, in_progress, blocked, deferred, pinned or closed.")
            .string();

    final Arg<String> priority =
            model.option("-p", "--priority").label("<0-4|P0-P4>").string();

    final Arg<String> type = model.option("-t", "--type").label("<type>").string();

    final Arg<String> assignee = model.option("-a", "--assignee")
            .label("<name>")
            .description("Assignee ('' to clear).")
            .string();

    final Arg<Integer> estimate =
            model.option("-e", "--estimate").label("<minutes>").integer();

    final Arg<String> externalRef =
            model.option("--external-ref").label("<ref>").string();

    final Arg<List<String>> addLabels = model.option("--add-label")
            .label("<label>")
            .description("Add labels (repeatable, comma-separated).")
            .strings();

    final Arg<List<String>> removeLabels = model.option("--remove-label")
            .label("<label>")
            .description("Remove labels.")
            .strings();

    final Arg<List<String>> setLabels = model.option("--set-labels")
            .label("<labels>")
            .description("Replace all labels ('' for none).")
            .strings();

    @Override
    protected int execute() {
        Ports ports = writing();
        List<UpdateIssue> requests = new ArrayList<>();
        for (IssueId id : resolveAll(ports, ids.get())) {
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
                .title(title.get())
                .description(description.get())
                .design(design.get())
                .acceptanceCriteria(acceptance.get())
                .notes(notes.get())
                .status(Inputs.status(status.get(), () -> ports))
                .priority(Inputs.priority(priority.get()))
                .type(Inputs.type(type.get(), () -> ports))
                .assignee(assignee.get())
                .estimatedMinutes(estimate.get())
                .externalRef(externalRef.get())
                .addLabels(Inputs.split(addLabels.get()))
                .removeLabels(Inputs.split(removeLabels.get()))
                .setLabels(setLabels.get() == null ? null : Inputs.split(setLabels.get()))
                .actor(actor())
                .build();
    }
}
