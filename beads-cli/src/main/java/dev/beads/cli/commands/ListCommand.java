package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.IssueTree;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Override
    protected int execute() {
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, limit.get());
        List<Issue> issues = ports.queries().list(filter);
        Output out = out();
        if (json()) {
            Map<IssueId, Integer> dependents = dependentCounts(ports, filter, issues);
            out.json(g -> {
                g.writeStartArray();
                for (Issue i : issues) {
                    Shapes.issueWithCounts(g, i, i.dependencies().size(), dependents.getOrDefault(i.id(), 0));
                }
                g.writeEndArray();
            });
            return 0;
        }
        if (tree.get()) {
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
        List<Issue> all = complete ? listed : ports.queries().list(IssueFilter.ALL);
        Map<IssueId, Integer> counts = new HashMap<>();
        for (Issue issue : all) {
            for (Dependency d : issue.dependencies()) {
                counts.merge(d.dependsOnId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
