package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bd label}: labels on issues. */
@Command(
        name = "label",
        description = "Manage labels.",
        subcommands = {
            LabelCommand.Add.class,
            LabelCommand.Remove.class,
            LabelCommand.ListOne.class,
            LabelCommand.ListAll.class
        })
public final class LabelCommand extends BdSubcommand {

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** The ids and the label of {@code label add|remove <id>… <label>}. */
    abstract static class Change extends BdSubcommand {
        @Parameters(arity = "2..*", paramLabel = "<id>… <label>", description = "Issue ids, then the label.")
        List<String> args;

        abstract boolean apply(Ports ports, IssueId id, String label);

        abstract String verb();

        @Override
        protected int execute() {
            String label = args.get(args.size() - 1);
            Ports ports = writing();
            List<IssueId> ids = resolveAll(ports, args.subList(0, args.size() - 1));
            List<Boolean> changed = new ArrayList<>();
            for (IssueId id : ids) {
                changed.add(apply(ports, id, label));
            }
            render(ids, label, changed);
            return 0;
        }

        private void render(List<IssueId> ids, String label, List<Boolean> changed) {
            Output out = out();
            if (json()) {
                out.json(g -> {
                    g.writeStartArray();
                    for (int i = 0; i < ids.size(); i++) {
                        Shapes.object(Shapes.ordered(
                                        "status",
                                        changed.get(i) ? verb() : "unchanged",
                                        "issue_id",
                                        ids.get(i).value(),
                                        "label",
                                        label))
                                .write(g);
                    }
                    g.writeEndArray();
                });
                return;
            }
            if (out.quiet()) {
                return;
            }
            for (int i = 0; i < ids.size(); i++) {
                out.line(line(out, ids.get(i), label, changed.get(i)));
            }
        }

        abstract String line(Output out, IssueId id, String label, boolean changed);
    }

    /** {@code bd label add <id>… <label>}. */
    @Command(name = "add", description = "Add a label to issues.")
    public static final class Add extends Change {
        @Override
        boolean apply(Ports ports, IssueId id, String label) {
            return ports.issues().addLabel(new AddLabel(id, label, actor()));
        }

        @Override
        String verb() {
            return "added";
        }

        @Override
        String line(Output out, IssueId id, String label, boolean changed) {
            return changed
                    ? out.style().green("✓") + " Added label '" + label + "' to "
                            + out.style().cyan(id.value())
                    : "Issue " + id.value() + " already has label '" + label + "'";
        }
    }

    /** {@code bd label remove <id>… <label>}. */
    @Command(name = "remove", aliases = "rm", description = "Remove a label from issues.")
    public static final class Remove extends Change {
        @Override
        boolean apply(Ports ports, IssueId id, String label) {
            return ports.issues().removeLabel(new RemoveLabel(id, label, actor()));
        }

        @Override
        String verb() {
            return "removed";
        }

        @Override
        String line(Output out, IssueId id, String label, boolean changed) {
            return changed
                    ? out.style().green("✓") + " Removed label '" + label + "' from "
                            + out.style().cyan(id.value())
                    : "Issue " + id.value() + " does not have label '" + label + "'";
        }
    }

    /** {@code bd label list <id>}. */
    @Command(name = "list", description = "List the labels of an issue.")
    public static final class ListOne extends BdSubcommand {
        @Parameters(arity = "0..1", paramLabel = "<id>")
        String id;

        @Override
        protected int execute() {
            if (id == null) {
                throw new InvalidInputException("issue ID is required: bd label list <id> (or bd label list-all)");
            }
            Ports ports = reading();
            IssueId issue = resolve(ports, id);
            List<String> labels = ports.queries().labels(issue);
            Output out = out();
            if (json()) {
                out.json(Shapes.strings(labels));
            } else if (labels.isEmpty()) {
                out.line(issue.value() + " has no labels");
            } else {
                out.line(out.style().cyan("🏷") + " Labels for " + issue.value() + ":");
                labels.forEach(l -> out.line("  - " + l));
            }
            return 0;
        }
    }

    /** {@code bd label list-all}. */
    @Command(name = "list-all", description = "List every label in use, with counts.")
    public static final class ListAll extends BdSubcommand {
        @Override
        protected int execute() {
            List<LabelCount> all = reading().queries().allLabels();
            Output out = out();
            if (json()) {
                out.json(Shapes.labelCounts(all));
            } else if (all.isEmpty()) {
                out.line("No labels found");
            } else {
                out.line(out.style().cyan("🏷") + " All labels (" + all.size() + " unique):");
                int width = all.stream().mapToInt(c -> c.label().length()).max().orElse(0);
                all.forEach(c -> out.line(
                        "  " + c.label() + " ".repeat(width - c.label().length() + 2) + "(" + c.count() + ")"));
            }
            return 0;
        }
    }
}
