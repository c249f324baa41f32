package dev.beads.cli.commands;

import dev.beads.json.Shapes;

/** {@code bd onboard}: a snippet to paste into AGENTS.md (or CLAUDE.md) so agents use bd. */
public final class OnboardCommand extends BdSubcommand {
    public OnboardCommand() {
        super("onboard");
        model.description("Print an AGENTS.md snippet that teaches agents to use bd.");
    }

    @Override
    protected int execute() {
        String snippet = TextResource.load("onboard.md");
        if (json()) {
            out().json(Shapes.object(Shapes.ordered("snippet", snippet, "file", "AGENTS.md")));
            return 0;
        }
        out().line("Add this to AGENTS.md (or CLAUDE.md) at the root of your project:");
        out().line();
        out().line("--- BEGIN AGENTS.md CONTENT ---");
        out().print(snippet);
        out().line("--- END AGENTS.md CONTENT ---");
        return 0;
    }
}
