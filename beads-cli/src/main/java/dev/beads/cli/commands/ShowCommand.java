package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.ExitCodes;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ErrorKind;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bd show}: one or more issues with their dependencies, dependents, labels and comments. An id that does
 * not resolve is reported on stderr and makes the exit code non-zero (3 for not found), after the others are shown.
 */
public final class ShowCommand extends BdSubcommand {
    public ShowCommand() {
        super("show");
        model.aliases("view").description("Show issues in full (several ids allowed).");
    }

    // Go bd v0.39.1 cmd/bd/show.go:1535: the conversation of a message; this build has no messages.
    final Arg<Boolean> thread = model.option("--thread")
            .description("Accepted for Go bd (messages' threads); shows the issues as usual.")
            .flag();

    final Arg<List<String>> ids = model.positional("0..*", "<id>")
            .arity("0..*")
            .description("Issue ids (partial ids resolve).")
            .strings();

    final Arg<Boolean> includeDeleted = model.option("--include-deleted")
            .description("Show deleted issues (tombstones) too.")
            .flag();

    @Override
    protected int execute() {
        if (ids.get() == null || ids.get().isEmpty()) {
            throw new InvalidInputException("at least one issue ID is required: bd show <id> [<id>...]");
        }
        Ports ports = reading();
        List<IssueDetails> found = new ArrayList<>();
        BeadsException firstFailure = null;
        for (String id : ids.get()) {
            try {
                found.add(alive(ports.queries().show(resolve(ports, id)), id));
            } catch (BeadsException e) {
                if (e.kind() == ErrorKind.BACKEND
                        || e.kind() == ErrorKind.INTERNAL
                        || ids.get().size() == 1) {
                    throw e;
                }
                out().error(e.getMessage());
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        render(found);
        return firstFailure == null ? ExitCodes.OK : ExitCodes.of(firstFailure.kind());
    }

    /**
     * The issue, unless it is a tombstone and deleted issues were not asked for: then Go bd's words for an id that
     * is not there (newer Go bd deletes for good; scripts match {@code no issue found}), with when and by whom.
     */
    private IssueDetails alive(IssueDetails details, String asked) {
        Issue issue = details.issue();
        if (!issue.isTombstone() || includeDeleted.get()) {
            return details;
        }
        StringBuilder message =
                new StringBuilder("no issue found matching \"").append(asked).append("\": ");
        message.append(issue.id().value()).append(" was deleted");
        if (issue.deletedAt() != null) {
            message.append(" at ").append(IssueText.when(issue.deletedAt()));
        }
        if (!issue.deletedBy().isEmpty()) {
            message.append(" by ").append(issue.deletedBy());
        }
        message.append("; bd show --include-deleted ")
                .append(issue.id().value())
                .append(" shows it");
        throw new NotFoundException(message.toString());
    }

    private void render(List<IssueDetails> found) {
        Output out = out();
        if (json()) {
            out.json(g -> {
                g.writeStartArray();
                for (IssueDetails d : found) {
                    Shapes.details(g, d);
                }
                g.writeEndArray();
            });
            return;
        }
        IssueText text = new IssueText(out.style());
        for (int n = 0; n < found.size(); n++) {
            if (n > 0) {
                out.line();
                out.line(out.style().muted("─".repeat(60)));
            }
            out.line();
            text.show(found.get(n)).forEach(out::line);
        }
        if (!found.isEmpty()) {
            out.line();
        }
    }
}
