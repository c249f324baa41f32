package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.json.Shapes;
import java.util.List;
import java.util.Map;

/** {@code bd search}: issues whose id, title, description or notes contain the text. */
public final class SearchCommand extends BdSubcommand {
    public SearchCommand() {
        super("search");
        model.description("Search issues by text in id, title, description and notes.");
    }

    final Arg<String> queryArg = model.positional("0", "<query>").arity("0..1").string();

    // Go bd v0.39.1 cmd/bd/search.go:373.
    final Arg<String> queryFlag = model.option("--query")
            .label("<text>")
            .description("The query (instead of the argument).")
            .string();

    final FilterOptions filters = new FilterOptions(model);

    final Arg<Integer> limit = model.option("-n", "--limit")
            .label("<n>")
            .description("At most n issues (default 50, 0: all).")
            .integer(50);

    final Arg<Boolean> longFormat =
            model.option("--long").description("Several lines per issue.").flag();

    @Override
    protected int execute() {
        if (queryArg.get() != null && queryFlag.get() != null) {
            throw new InvalidInputException("give the query as an argument or with --query, not both");
        }
        String query = queryArg.get() != null ? queryArg.get() : queryFlag.get();
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("search query is required: bd search \"text\"");
        }
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, limit.get());
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
        if (longFormat.get()) {
            out.line();
            found.forEach(i -> text.longEntry(i).forEach(out::line));
        } else {
            found.forEach(i -> out.line(text.compactLine(i)));
        }
        return 0;
    }
}
