package dev.beads.cli.commands;

import dev.beads.cli.output.Shapes;

/** {@code bd prime}: the workflow primer an agent reads at the start of a session. */
public final class PrimeCommand extends BdSubcommand {
    public PrimeCommand() {
        super("prime");
        model.description("Print the agent workflow primer (markdown).");
    }

    @Override
    protected int execute() {
        String primer = TextResource.load("prime.md");
        if (json()) {
            out().json(Shapes.object(Shapes.ordered("primer", primer)));
        } else {
            out().print(primer);
        }
        return 0;
    }
}
