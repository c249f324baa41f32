package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.core.model.EpicStatus;
import java.util.List;

/** {@code bd epic}: epics and their children. */
public final class EpicCommand extends BdSubcommand {
    public EpicCommand() {
        super("epic");
        model.description("Epic management.");
        model.subcommand(new EpicCommand.StatusCommand().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd epic status}. */
    public static final class StatusCommand extends BdSubcommand {
        public StatusCommand() {
            super("status");
            model.description("Show the progress of open epics over their children.");
        }

        final Arg<Boolean> eligibleOnly = model.option("--eligible-only")
                .description("Only epics whose children are all closed.")
                .flag();

        @Override
        protected int execute() {
            List<EpicStatus> epics = reading().queries().epicStatus(eligibleOnly.get());
            Output out = out();
            if (json()) {
                if (epics.isEmpty() && !eligibleOnly.get()) {
                    // Go bd v0.39.1 cmd/bd/epic.go:55 encodes the store's nil slice: null (--eligible-only: []).
                    out.json(g -> g.writeNull());
                    return 0;
                }
                out.json(g -> {
                    g.writeStartArray();
                    for (EpicStatus e : epics) {
                        Shapes.epicStatus(g, e);
                    }
                    g.writeEndArray();
                });
                return 0;
            }
            if (epics.isEmpty()) {
                out.line(eligibleOnly.get() ? "No epics eligible for closure" : "No open epics");
                return 0;
            }
            for (EpicStatus e : epics) {
                int percent = e.totalChildren() == 0 ? 0 : e.closedChildren() * 100 / e.totalChildren();
                String icon = e.eligibleForClose() ? out.style().green("✓") : "○";
                out.line(icon + " " + out.style().cyan(e.epic().id().value()) + " "
                        + e.epic().title());
                out.line("   Progress: " + e.closedChildren() + "/" + e.totalChildren() + " children closed (" + percent
                        + "%)");
                if (e.eligibleForClose()) {
                    out.line("   " + out.style().green("Eligible for closure"));
                }
                out.line();
            }
            return 0;
        }
    }
}
