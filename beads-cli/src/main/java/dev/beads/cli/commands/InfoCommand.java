package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Workspace;
import java.util.Map;

/** {@code bd info}: which workspace and database this directory uses, and how. */
public final class InfoCommand extends BdSubcommand {
    public InfoCommand() {
        super("info");
        model.description("Show the workspace, database, mode and issue count in use.");
    }

    @Override
    protected int execute() {
        Session session = session();
        Ports ports = session.forRead();
        Workspace ws = session.workspace();
        String prefix = ports.config().get("issue_prefix").orElse("");
        int issues = ports.queries().count(IssueFilter.ALL, null).total();
        Map<String, Object> info = Shapes.ordered(
                "root", ws.root().toString(),
                "database_path", ws.database().toString(),
                "jsonl_path", ws.jsonl().toString(),
                "mode", session.mode(),
                "daemon_connected", "daemon".equals(session.mode()),
                "issue_prefix", prefix,
                "issue_count", issues,
                "actor", actor());
        Output out = out();
        if (json()) {
            out.json(Shapes.object(info));
            return 0;
        }
        out.line();
        out.line("Beads workspace information:");
        out.line();
        out.line("  Root:          " + ws.root());
        out.line("  Database:      " + ws.database());
        out.line("  JSONL:         " + ws.jsonl());
        out.line("  Mode:          " + session.mode() + ("direct".equals(session.mode()) ? " (in-process)" : ""));
        out.line("  Issue prefix:  " + prefix);
        out.line("  Issues:        " + issues);
        out.line("  Actor:         " + actor());
        out.line();
        return 0;
    }
}
