package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.IssueTree;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.json.CommandJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bd list}: issues matching filters, one line each (or {@code --long}). */
public final class ListCommand extends BdSubcommand {
    public ListCommand() {
        super("list");
        model.aliases("ls").description("List issues (every filter and sort of the core).");
    }

    final FilterOptions filters = new FilterOptions(model);

    final Arg<Integer> limit = model.option("-n", "--limit")
            .label("<n>")
            .description("At most n issues (0: all, the default).")
            .integer(0);

    final Arg<Boolean> longFormat =
            model.option("--long").description("Several lines per issue.").flag();

    final Arg<Boolean> tree = model.option("--tree")
            .label("true|false")
            .description("Show children under their parents (newer Go bd's tree); --tree=false: the flat list.")
            .flagWithValue();

    // Go bd v0.39.1 cmd/bd/list.go:871-911: the flags list has beyond the shared filters.
    final Arg<String> parent = model.option("--parent")
            .label("<id>")
            .description("Only the children of this issue.")
            .string();

    final Arg<Boolean> pinned =
            model.option("--pinned").description("Only pinned issues.").flag();

    final Arg<Boolean> noPinned =
            model.option("--no-pinned").description("Leave out pinned issues.").flag();

    final Arg<Boolean> includeTemplates = model.option("--include-templates")
            .description("Include templates (left out by default, as in Go bd).")
            .flag();

    final Arg<String> format = model.option("--format")
            .label("<format>")
            .description("Dependency edges: digraph, dot (Graphviz) or a template of {{.IssueID}},"
                    + " {{.DependsOnID}}, {{.Type}}.")
            .string();

    final Arg<Boolean> all = model.option("--all")
            .description("All issues (the default; for Go bd's users).")
            .flag();

    final Arg<Boolean> pretty = model.option("--pretty")
            .description("The tree of --tree (newer Go bd's --tree is an alias of --pretty).")
            .flag();

    final Arg<Boolean> watch = model.option("-w", "--watch")
            .description("Accepted for Go bd; prints the list once.")
            .flag();

    @Override
    protected int execute() {
        if (pinned.get() && noPinned.get()) {
            throw new InvalidInputException("give --pinned or --no-pinned, not both");
        }
        Ports ports = reading();
        Set<IssueId> only = only(ports);
        IssueFilter filter = filters.toFilter(() -> ports, limit.get(), only);
        List<Issue> issues = withoutTemplates(ports, filter, only);
        Output out = out();
        if (format.get() != null && !format.get().isEmpty()) {
            ListFormats.print(out, issues, format.get());
            return 0;
        }
        if (json()) {
            Map<IssueId, Integer> dependents = dependentCounts(ports, filter, issues);
            out.json(CommandJson.list(issues, dependents));
            return 0;
        }
        if (tree.get() || pretty.get()) {
            if (issues.isEmpty()) {
                out.line("No issues found.");
            } else {
                new IssueTree(out.style()).lines(issues).forEach(out::line);
            }
            return 0;
        }
        render(out, issues, longFormat.get());
        return 0;
    }

    /** The ids {@code --parent} and {@code --pinned}/{@code --no-pinned} allow, or null when neither is given. */
    private Set<IssueId> only(Ports ports) {
        Set<IssueId> only = null;
        if (parent.get() != null && !parent.get().isBlank()) {
            only = Descendants.of(ports, Descendants.parent(ports, parent.get()), false);
        }
        if (pinned.get() || noPinned.get()) {
            Set<IssueId> match = new HashSet<>();
            for (Issue i : ports.queries()
                    .list(IssueFilter.builder().includeTombstones(true).build())) {
                if (i.pinned() == pinned.get() && (only == null || only.contains(i.id()))) {
                    match.add(i.id());
                }
            }
            only = match;
        }
        return only;
    }

    /**
     * The listed issues without templates unless {@code --include-templates} (Go bd filters {@code is_template = 0}
     * before its limit: when templates were dropped from a limited list, it is read again unlimited and cut).
     */
    private List<Issue> withoutTemplates(Ports ports, IssueFilter filter, Set<IssueId> only) {
        List<Issue> issues = ports.queries().list(filter);
        if (includeTemplates.get()) {
            return issues;
        }
        List<Issue> kept = dropTemplates(issues);
        if (kept.size() == issues.size() || limit.get() <= 0) {
            return kept;
        }
        kept = dropTemplates(ports.queries().list(filters.toFilter(() -> ports, 0, only)));
        return kept.size() <= limit.get() ? kept : kept.subList(0, limit.get());
    }

    private static List<Issue> dropTemplates(List<Issue> issues) {
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            if (!i.isTemplate()) {
                kept.add(i);
            }
        }
        return kept;
    }

    static void render(Output out, List<Issue> issues, boolean longFormat) {
        IssueText text = new IssueText(out.style());
        if (issues.isEmpty()) {
            out.line("No issues found.");
            return;
        }
        if (longFormat) {
            out.line();
            out.line("Found " + issues.size() + " issues:");
            out.line();
            issues.forEach(i -> text.longEntry(i).forEach(out::line));
        } else {
            issues.forEach(i -> out.line(text.compactLine(i)));
        }
    }

    /**
     * How many issues depend on each listed one ({@code dependent_count} of Go bd's IssueWithCounts). Edges are
     * stored on the dependent issue, so this needs every issue unless the list already holds them all.
     */
    static Map<IssueId, Integer> dependentCounts(Ports ports, IssueFilter filter, List<Issue> listed) {
        boolean complete = IssueFilter.ALL.equals(filter);
        return CommandJson.dependentCounts(complete ? listed : ports.queries().list(IssueFilter.ALL));
    }
}
