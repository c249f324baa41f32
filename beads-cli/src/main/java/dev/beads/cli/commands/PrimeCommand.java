package dev.beads.cli.commands;

import dev.beads.json.Shapes;

/** {@code bd prime}: the workflow primer an agent reads at the start of a session. */
public final class PrimeCommand extends BdSubcommand {
    public PrimeCommand() {
        super("prime");
        model.description("Print the agent workflow primer (markdown).");
    }

    // Go bd v0.39.1 cmd/bd/prime.go:73-75: how much to print for an MCP client; the primer here is one text.
    final dev.beads.cli.CommandModel.Arg<Boolean> full = model.option("--full")
            .description("Accepted for Go bd; the primer is always the full one.")
            .flag();

    final dev.beads.cli.CommandModel.Arg<Boolean> mcp = model.option("--mcp")
            .description("Accepted for Go bd; the primer is always the full one.")
            .flag();

    final dev.beads.cli.CommandModel.Arg<Boolean> stealth = model.option("--stealth")
            .description("Accepted for Go bd; the primer never runs git.")
            .flag();

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
