package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddLabel;
import dev.beads.core.api.RemoveLabel;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.json.CommandJson;
import dev.beads.json.Shapes;
import java.util.ArrayList;
import java.util.List;

/** {@code bd label}: labels on issues. */
public final class LabelCommand extends BdSubcommand {
    public LabelCommand() {
        super("label");
        model.description("Manage labels.");
        model.subcommand(new LabelCommand.Add().model());
        model.subcommand(new LabelCommand.Remove().model());
        model.subcommand(new LabelCommand.ListOne().model());
        model.subcommand(new LabelCommand.ListAll().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** The ids and the label of {@code label add|remove <id>… <label>}. */
    abstract static class Change extends BdSubcommand {
        Change(String name) {
            super(name);
        }

        final Arg<List<String>> args = model.positional("0..*", "<id>… <label>")
                .arity("2..*")
                .description("Issue ids, then the label.")
                .strings();

        abstract boolean apply(Ports ports, IssueId id, String label);

        abstract String verb();

        @Override
        protected int execute() {
            String label = args.get().get(args.get().size() - 1);
            Ports ports = writing();
            List<IssueId> ids =
                    resolveAll(ports, args.get().subList(0, args.get().size() - 1));
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
                out.json(CommandJson.labelChanges(verb(), ids, label));
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
    public static final class Add extends Change {
        public Add() {
            super("add");
            model.description("Add a label to issues.");
        }

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
    public static final class Remove extends Change {
        public Remove() {
            super("remove");
            model.aliases("rm").description("Remove a label from issues.");
        }

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
    public static final class ListOne extends BdSubcommand {
        public ListOne() {
            super("list");
            model.description("List the labels of an issue.");
        }

        final Arg<String> id = model.positional("0", "<id>").arity("0..1").string();

        @Override
        protected int execute() {
            if (id.get() == null) {
                throw new InvalidInputException("issue ID is required: bd label list <id> (or bd label list-all)");
            }
            Ports ports = reading();
            IssueId issue = resolve(ports, id.get());
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
    public static final class ListAll extends BdSubcommand {
        public ListAll() {
            super("list-all");
            model.description("List every label in use, with counts.");
        }

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
