package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.json.CommandJson;
import dev.beads.json.IssueJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code bd dep}: dependencies between issues. */
public final class DepCommand extends BdSubcommand {
    public DepCommand() {
        super("dep");
        model.description("Manage dependencies: 'bd dep add A B' means A depends on B (B blocks A).");
        model.subcommand(new DepCommand.Add().model());
        model.subcommand(new DepCommand.Remove().model());
        model.subcommand(new DepCommand.Tree().model());
        model.subcommand(new DepCommand.Cycles().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd dep add <issue> <depends-on>}. */
    public static final class Add extends BdSubcommand {
        public Add() {
            super("add");
            model.description("Add a dependency: <issue> depends on <depends-on>.");
        }

        final Arg<String> from = model.positional("0", "<issue>").string();

        final Arg<String> to = model.positional("1", "<depends-on>").string();

        final Arg<String> type = model.option("-t", "--type")
                .label("<type>")
                .description("blocks (default), related, parent-child or discovered-from.")
                .string();

        @Override
        protected int execute() {
            DependencyType depType = type.get() == null ? DependencyType.BLOCKS : DependencyType.parse(type.get());
            Ports ports = writing();
            IssueId a = resolve(ports, from.get());
            IssueId b = resolve(ports, to.get());
            Dependency added = ports.issues().addDependency(new AddDependency(a, b, depType, actor()));
            Output out = out();
            if (json()) {
                out.json(CommandJson.dependencyAdded(added));
            } else if (!out.quiet()) {
                out.line(out.style().green("✓") + " Added dependency: "
                        + out.style().cyan(a.value()) + " depends on "
                        + out.style().cyan(b.value()) + " (" + added.type().name() + ")");
            }
            return 0;
        }
    }

    /** {@code bd dep remove <issue> <depends-on>}. */
    public static final class Remove extends BdSubcommand {
        public Remove() {
            super("remove");
            model.aliases("rm").description("Remove the dependency of <issue> on <depends-on>.");
        }

        final Arg<String> from = model.positional("0", "<issue>").string();

        final Arg<String> to = model.positional("1", "<depends-on>").string();

        @Override
        protected int execute() {
            Ports ports = writing();
            IssueId a = resolve(ports, from.get());
            IssueId b = resolve(ports, to.get());
            Dependency removed = ports.issues().removeDependency(new RemoveDependency(a, b, actor()));
            Output out = out();
            if (json()) {
                out.json(CommandJson.dependencyRemoved(removed));
            } else if (!out.quiet()) {
                out.line(out.style().green("✓") + " Removed dependency: "
                        + out.style().cyan(a.value()) + " no longer depends on "
                        + out.style().cyan(b.value()));
            }
            return 0;
        }
    }

    /** {@code bd dep tree <id>}. */
    public static final class Tree extends BdSubcommand {
        public Tree() {
            super("tree");
            model.description("Show the dependency tree of an issue.");
        }

        final Arg<String> id = model.positional("0", "<id>").string();

        final Arg<Integer> maxDepth = model.option("-d", "--max-depth")
                .label("<n>")
                .description("Levels below the root (50).")
                .integer(50);

        final Arg<Boolean> reverse = model.option("--reverse")
                .description("Show what depends on the issue instead (same as --direction up).")
                .flag();

        final Arg<String> direction = model.option("--direction")
                .label("<down|up|both>")
                .description("down: what it depends on (default); up: what depends on it; both.")
                .string();

        // Go bd v0.39.1 cmd/bd/dep.go:849, 853, 854.
        final Arg<Boolean> showAllPaths = model.option("--show-all-paths")
                .description("Accepted for Go bd; an issue reached twice is shown once, marked truncated.")
                .flag();

        final Arg<String> status = model.option("--status")
                .label("<status>")
                .description("Only issues of this status, and the path to them.")
                .string();

        final Arg<String> format = model.option("--format")
                .label("mermaid")
                .description("mermaid: a Mermaid.js flowchart.")
                .string();

        @Override
        protected int execute() {
            if (maxDepth.get() < 1) {
                throw new InvalidInputException("--max-depth must be 1 or more, got " + maxDepth.get());
            }
            TreeDirection dir = direction();
            Ports ports = reading();
            IssueId root = resolve(ports, id.get());
            List<TreeNode> nodes = DepTrees.withStatus(
                    ports.queries().dependencyTree(root, dir, maxDepth.get()),
                    status.get() == null ? null : Inputs.status(status.get(), () -> ports));
            Output out = out();
            if (format.get() != null) {
                DepTrees.mermaid(out, nodes, root, format.get());
                return 0;
            }
            if (json()) {
                out.json(CommandJson.tree(nodes));
                return 0;
            }
            IssueText text = new IssueText(out.style());
            out.line();
            out.line(out.style().cyan("🌲") + " Dependency tree for " + root.value() + ":");
            out.line();
            for (TreeNode n : nodes) {
                String arrow = n.depth() == 0
                        ? ""
                        : "  ".repeat(n.depth()) + (n.direction() == TreeDirection.UP ? "↑ " : "→ ");
                String type = n.type() == null
                        ? ""
                        : " " + out.style().muted("[" + n.type().name() + "]");
                out.line(arrow + text.reference(n.issue()) + type + (n.truncated() ? " …" : ""));
            }
            out.line();
            return 0;
        }

        private TreeDirection direction() {
            if (direction.get() != null && reverse.get()) {
                throw new InvalidInputException("give --reverse or --direction, not both");
            }
            if (reverse.get()) {
                return TreeDirection.UP;
            }
            if (direction.get() == null) {
                return TreeDirection.DOWN;
            }
            try {
                return TreeDirection.valueOf(direction.get().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid direction \"" + direction.get() + "\": use down, up or both");
            }
        }
    }

    /** {@code bd dep cycles}. */
    public static final class Cycles extends BdSubcommand {
        public Cycles() {
            super("cycles");
            model.description("Detect dependency cycles.");
        }

        @Override
        protected int execute() {
            Ports ports = reading();
            List<List<IssueId>> cycles = ports.queries().dependencyCycles();
            Map<IssueId, Issue> issues = issuesOf(ports, cycles);
            Output out = out();
            if (json()) {
                out.json(g -> {
                    g.writeStartArray();
                    for (List<IssueId> cycle : cycles) {
                        g.writeStartArray();
                        for (IssueId id : cycle) {
                            IssueJson.write(g, issues.get(id));
                        }
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                });
                return 0;
            }
            if (cycles.isEmpty()) {
                out.line(out.style().green("✓") + " No dependency cycles detected");
                return 0;
            }
            out.line(out.style().yellow("⚠") + " Found " + cycles.size() + " dependency cycle(s):");
            int n = 1;
            for (List<IssueId> cycle : cycles) {
                String path = cycle.stream().map(IssueId::value).collect(Collectors.joining(" → "));
                out.line();
                out.line(n++ + ". " + path + " → " + cycle.get(0).value());
                cycle.forEach(id ->
                        out.line("   - " + id.value() + ": " + issues.get(id).title()));
            }
            return 0;
        }

        private static Map<IssueId, Issue> issuesOf(Ports ports, List<List<IssueId>> cycles) {
            Set<IssueId> ids = new LinkedHashSet<>();
            cycles.forEach(ids::addAll);
            if (ids.isEmpty()) {
                return Map.of();
            }
            return ports.queries().list(IssueFilter.builder().ids(ids).build()).stream()
                    .collect(Collectors.toMap(Issue::id, Function.identity()));
        }
    }
}
