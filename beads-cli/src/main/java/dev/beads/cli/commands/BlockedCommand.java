package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.IssueId;
import dev.beads.json.CommandJson;
import java.util.List;
import java.util.Set;

/** {@code bd blocked}: open issues waiting on others, with what blocks them. */
public final class BlockedCommand extends BdSubcommand {
    public BlockedCommand() {
        super("blocked");
        model.description("Show blocked issues and what blocks them.");
    }

    final WorkOptions filters = new WorkOptions(model);

    @Override
    protected int execute() {
        Ports ports = reading();
        List<BlockedIssue> blocked =
                under(filters.descendants(ports), ports.queries().blocked(filters.toFilter(() -> ports, 0)));
        Output out = out();
        if (json()) {
            out.json(CommandJson.blocked(blocked));
            return 0;
        }
        render(out, blocked);
        return 0;
    }

    /** The blocked issues among {@code --parent}'s descendants ({@code under}), or all when it is null. */
    private static List<BlockedIssue> under(Set<IssueId> under, List<BlockedIssue> blocked) {
        return under == null
                ? blocked
                : blocked.stream().filter(b -> under.contains(b.issue().id())).toList();
    }

    static void render(Output out, List<BlockedIssue> blocked) {
        out.line();
        if (blocked.isEmpty()) {
            out.line(out.style().green("✨") + " No blocked issues");
            out.line();
            return;
        }
        out.line(out.style().red("🚫") + " Blocked issues (" + blocked.size() + "):");
        out.line();
        for (BlockedIssue b : blocked) {
            out.line("[" + b.issue().priority() + "] "
                    + out.style().cyan(b.issue().id().value()) + ": "
                    + b.issue().title());
            List<String> ids = b.blockedBy().stream().map(IssueId::value).toList();
            out.line("  Blocked by " + ids.size() + " open dependencies: [" + String.join(", ", ids) + "]");
            out.line();
        }
    }
}
