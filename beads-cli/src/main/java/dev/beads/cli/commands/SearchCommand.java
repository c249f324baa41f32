package dev.beads.cli.commands;

import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd search}: issues whose id, title, description or notes contain the text. */
@Command(name = "search", description = "Search issues by text in id, title, description and notes.")
public final class SearchCommand extends BdSubcommand {

    @Parameters(arity = "0..1", paramLabel = "<query>")
    String query;

    @Mixin
    FilterOptions filters;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "<n>",
            description = "At most n issues (default 50, 0: all).")
    int limit = 50;

    @Option(names = "--long", description = "Several lines per issue.")
    boolean longFormat;

    @Override
    protected int execute() {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("search query is required: bd search \"text\"");
        }
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, limit);
        List<Issue> found = ports.queries().search(query, filter);
        Output out = out();
        if (json()) {
            Map<IssueId, Integer> dependents = ListCommand.dependentCounts(ports, null, found);
            out.json(g -> {
                g.writeStartArray();
                for (Issue i : found) {
                    Shapes.issueWithCounts(g, i, i.dependencies().size(), dependents.getOrDefault(i.id(), 0));
                }
                g.writeEndArray();
            });
            return 0;
        }
        if (found.isEmpty()) {
            out.line("No issues found matching '" + query + "'");
            return 0;
        }
        out.line("Found " + found.size() + " issues matching '" + query + "':");
        IssueText text = new IssueText(out.style());
        if (longFormat) {
            out.line();
            found.forEach(i -> text.longEntry(i).forEach(out::line));
        } else {
            found.forEach(i -> out.line(text.compactLine(i)));
        }
        return 0;
    }
}
