package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.model.EpicStatus;
import dev.beads.json.CommandJson;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.List;

/** {@code bd epic}: epics and their children. */
public final class EpicCommand extends BdSubcommand {
    public EpicCommand() {
        super("epic");
        model.description("Epic management.");
        model.subcommand(new EpicCommand.StatusCommand().model());
        model.subcommand(new EpicCommand.CloseEligibleCommand().model());
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
                out.json(CommandJson.epics(epics, eligibleOnly.get()));
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

    /**
     * {@code bd epic close-eligible} (Go bd v0.39.1 cmd/bd/epic.go:90): closes every open epic whose children are
     * all closed, with Go's reason; {@code --dry-run} prints them. JSON: the epics ({@code --dry-run}), else
     * {@code {"closed": [ids], "count": n}}; {@code []} when none is eligible.
     */
    public static final class CloseEligibleCommand extends BdSubcommand {
        public CloseEligibleCommand() {
            super("close-eligible");
            model.description("Close epics whose children are all closed.");
        }

        // Go bd v0.39.1 cmd/bd/epic.go:198.
        final Arg<Boolean> dryRun = model.option("--dry-run")
                .description("Show what would be closed, change nothing.")
                .flag();

        @Override
        protected int execute() {
            Ports ports = dryRun.get() ? reading() : writing();
            List<EpicStatus> eligible = ports.queries().epicStatus(true);
            Output out = out();
            if (eligible.isEmpty()) {
                if (json()) {
                    out.json(g -> {
                        g.writeStartArray();
                        g.writeEndArray();
                    });
                } else {
                    out.line("No epics eligible for closure");
                }
                return 0;
            }
            if (dryRun.get()) {
                if (json()) {
                    out.json(g -> {
                        g.writeStartArray();
                        for (EpicStatus e : eligible) {
                            Shapes.epicStatus(g, e);
                        }
                        g.writeEndArray();
                    });
                } else {
                    out.line("Would close " + eligible.size() + " epic(s):");
                    eligible.forEach(e -> out.line(
                            "  - " + e.epic().id().value() + ": " + e.epic().title()));
                }
                return 0;
            }
            List<String> closed = new ArrayList<>();
            for (EpicStatus e : eligible) {
                ports.issues().close(new CloseIssue(e.epic().id(), "All children completed", actor()));
                closed.add(e.epic().id().value());
            }
            if (json()) {
                out.json(Shapes.object(Shapes.sorted("closed", closed, "count", closed.size())));
            } else {
                out.line(out.style().green("✓") + " Closed " + closed.size() + " epic(s)");
                closed.forEach(id -> out.line("  - " + id));
            }
            return 0;
        }
    }
}
