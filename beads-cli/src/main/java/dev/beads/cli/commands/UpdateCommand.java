package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.api.UpdateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.json.Shapes;
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

    final DescriptionOptions description = new DescriptionOptions(model);

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

    // Go bd v0.39.1 cmd/bd/show.go:1550: reparents; "" removes the parent.
    final Arg<String> parent = model.option("--parent")
            .label("<id>")
            .description("New parent issue ('' removes the parent).")
            .string();

    @Override
    protected int execute() {
        Ports ports = writing();
        String text = description.get(bd().env());
        List<UpdateIssue> requests = new ArrayList<>();
        List<IssueId> targets = resolveAll(ports, ids.get());
        for (IssueId id : targets) {
            requests.add(request(id, ports, text));
        }
        IssueId newParent = parent.get() == null || parent.get().isBlank() ? null : resolve(ports, parent.get());
        if (parent.get() != null) {
            for (IssueId id : targets) {
                reparent(ports, id, newParent);
            }
            if (requests.get(0).isEmpty()) {
                requests = touchOnly(targets);
            }
        }
        if (requests.get(0).isEmpty()) {
            throw new InvalidInputException("no updates specified: give a field to change, like --status"
                    + " in_progress (see bd update --help)");
        }
        List<Issue> updated = new ArrayList<>();
        for (UpdateIssue request : requests) {
            updated.add(
                    request.isEmpty()
                            ? ports.queries().show(request.id()).issue()
                            : ports.issues().update(request));
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

    /** Requests that change no field: the issues were reparented, which is all there is to report. */
    private List<UpdateIssue> touchOnly(List<IssueId> targets) {
        List<UpdateIssue> none = new ArrayList<>();
        for (IssueId id : targets) {
            none.add(UpdateIssue.builder(id).actor(actor()).build());
        }
        return none;
    }

    /** Moves {@code id} under {@code newParent} (null: under none): its parent-child edges replaced. */
    private void reparent(Ports ports, IssueId id, IssueId newParent) {
        if (id.equals(newParent)) {
            throw new InvalidInputException("an issue cannot be its own parent: " + id.value());
        }
        for (IssueDetails.Related r : ports.queries().show(id).dependsOn()) {
            if (r.type().equals(DependencyType.PARENT_CHILD) && !r.issue().id().equals(newParent)) {
                ports.issues()
                        .removeDependency(new RemoveDependency(id, r.issue().id(), actor()));
            }
        }
        if (newParent != null && !hasParent(ports, id, newParent)) {
            ports.issues().addDependency(new AddDependency(id, newParent, DependencyType.PARENT_CHILD, actor()));
        }
    }

    private static boolean hasParent(Ports ports, IssueId id, IssueId parent) {
        for (IssueDetails.Related r : ports.queries().show(id).dependsOn()) {
            if (r.type().equals(DependencyType.PARENT_CHILD) && r.issue().id().equals(parent)) {
                return true;
            }
        }
        return false;
    }

    private UpdateIssue request(IssueId id, Ports ports, String text) {
        return UpdateIssue.builder(id)
                .title(title.get())
                .description(text)
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
