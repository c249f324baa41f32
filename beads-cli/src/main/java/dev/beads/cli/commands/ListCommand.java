package dev.beads.cli.commands;

import dev.beads.cli.output.IssueText;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bd list}: issues matching filters, one line each (or {@code --long}). */
@Command(name = "list", aliases = "ls", description = "List issues (every filter and sort of the core).")
public final class ListCommand extends BdSubcommand {

    @Mixin
    FilterOptions filters;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "<n>",
            description = "At most n issues (0: all, the default).")
    int limit;

    @Option(names = "--long", description = "Several lines per issue.")
    boolean longFormat;

    @Override
    protected int execute() {
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, limit);
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
        render(out, issues, longFormat);
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
