package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code bd init}: creates {@code .beads/} here; in a clone that has a JSONL already, imports it. */
public final class InitCommand extends BdSubcommand {
    public InitCommand() {
        super("init");
        model.description(
                "Create a workspace here: the directory .beads/ with beads.db, issues.jsonl, metadata.json,"
                        + " config.yaml and .gitignore.",
                "In a clone whose .beads/ already holds a JSONL, its issues are imported.");
    }

    final Arg<String> prefix = model.option("-p", "--prefix")
            .label("<prefix>")
            .description("Issue id prefix (default: from an existing JSONL, else the directory name).")
            .string();

    @Override
    protected int execute() {
        Session session = bd().sessions().initialise(bd().env().cwd(), prefix.get(), bd().sessionOptions());
        bd().adopt(session);
        Ports ports = session.forRead();
        Workspace ws = session.workspace();
        String chosen = ports.config().get("issue_prefix").orElse(prefix.get() == null ? "" : prefix.get());
        int issues = ports.queries().count(IssueFilter.ALL, null).total();
        Output out = out();
        if (json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("database", ws.database().toString());
            result.put("jsonl", ws.jsonl().toString());
            result.put("prefix", chosen);
            result.put("issues", issues);
            out.json(Shapes.object(result));
            return 0;
        }
        if (out.quiet()) {
            return 0;
        }
        out.line(out.style().green("✓") + " bd initialized successfully!");
        out.line();
        out.line("  Database: " + relative(ws.database()));
        out.line("  Issue prefix: " + chosen);
        out.line("  Issues will be named: " + chosen + "-<hash> (e.g., " + chosen + "-a3f2dd)");
        if (issues > 0) {
            out.line("  Imported " + issues + " issues from " + relative(ws.jsonl()));
        }
        out.line();
        out.line("Run " + out.style().cyan("bd quickstart") + " for a demo, or "
                + out.style().cyan("bd create") + " to file your first issue.");
        return 0;
    }

    private String relative(Path file) {
        Path cwd = bd().env().cwd().toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
