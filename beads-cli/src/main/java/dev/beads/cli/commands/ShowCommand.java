package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.ExitCodes;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ErrorKind;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueDetails;
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
                found.add(ports.queries().show(resolve(ports, id)));
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
